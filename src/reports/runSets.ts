import { InvalidArgumentError } from '../client/errors';

/** A run set of a report section: which runs (filters, selection) and in what order it shows them. */
export interface ReportRunSet {
  readonly name: string | undefined;
  /** The W&B app's filter tree (`{ op: 'OR', filters: [...] }`). */
  readonly filters: unknown;
  /** Ids of the runs picked in the set, when it names any. */
  readonly selections: readonly string[];
  /** The set's sort key and direction. */
  readonly sort: { readonly key: { readonly section: string; readonly name: string }; readonly ascending: boolean } | undefined;
}

/** A section of a report (a panel group, or a panel grid block of newer reports) with its run sets. */
export interface ReportSection {
  readonly name: string | undefined;
  readonly runSets: readonly ReportRunSet[];
  /** Index of the run set the section shows. */
  readonly openRunSet: number;
  /** The section as it is in the spec. */
  readonly raw: Readonly<Record<string, unknown>>;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function runSetOf(raw: unknown): ReportRunSet | undefined {
  if (!isObject(raw)) return undefined;
  const tree = isObject(raw.selections) && Array.isArray(raw.selections.tree) ? raw.selections.tree : [];
  const sortKey = isObject(raw.sort) && isObject(raw.sort.key) ? raw.sort.key : undefined;
  return {
    name: typeof raw.name === 'string' ? raw.name : undefined,
    filters: raw.filters,
    selections: tree.filter((id): id is string => typeof id === 'string'),
    sort:
      sortKey && typeof sortKey.section === 'string' && typeof sortKey.name === 'string'
        ? { key: { section: sortKey.section, name: sortKey.name }, ascending: isObject(raw.sort) && raw.sort.ascending === true }
        : undefined,
  };
}

function sectionOf(raw: Record<string, unknown>, runSets: unknown, openRunSet: unknown): ReportSection {
  return {
    name: typeof raw.name === 'string' ? raw.name : undefined,
    runSets: (Array.isArray(runSets) ? runSets : []).flatMap((r) => runSetOf(r) ?? []),
    openRunSet: typeof openRunSet === 'number' ? openRunSet : 0,
    raw,
  };
}

/**
 * The sections of a report spec that hold run sets: the `panelGroups` of the classic format and
 * the `panel-grid` blocks of the newer one.
 */
export function toSections(spec: Record<string, unknown>): ReportSection[] {
  const out: ReportSection[] = [];
  for (const group of Array.isArray(spec.panelGroups) ? spec.panelGroups : []) {
    if (isObject(group)) out.push(sectionOf(group, group.runSets, group.openRunSet));
  }
  for (const block of Array.isArray(spec.blocks) ? spec.blocks : []) {
    if (isObject(block) && block.type === 'panel-grid' && isObject(block.metadata)) {
      out.push(sectionOf(block, block.metadata.runSets, block.metadata.openRunSet));
    }
  }
  return out;
}

const INDIVIDUAL_OPS: Record<string, string> = {
  '!=': '$ne',
  '>': '$gt',
  '>=': '$gte',
  '<': '$lt',
  '<=': '$lte',
  IN: '$in',
  NIN: '$nin',
  REGEX: '$regex',
};

/** The server path of an app filter key (`{ section: 'config', name: 'lr' }` → `config.lr`). */
function keyToServerPath(key: { section: string; name: string }): string {
  switch (key.section) {
    case 'config':
      return `config.${key.name}`;
    case 'summary':
      return `summary_metrics.${key.name}`;
    case 'keys_info':
      return `keys_info.keys.${key.name}`;
    case 'run':
      return key.name;
    case 'tags':
      return `tags.${key.name}`;
    default:
      throw new InvalidArgumentError('section', `The report's run set has a filter key in an unknown section ${JSON.stringify(key.section)}`);
  }
}

/**
 * Converts the W&B app's filter tree to the Mongo-style filter the runs listing takes. Disabled
 * and incomplete comparisons are left out, as the app leaves them out.
 */
function filterToMongo(filter: unknown): Record<string, unknown> | undefined {
  if (!isObject(filter)) return undefined;
  if (Array.isArray(filter.filters)) {
    const op = filter.op === 'OR' ? '$or' : filter.op === 'AND' ? '$and' : undefined;
    if (!op) throw new InvalidArgumentError('filters', `The report's run set has a filter group with an unknown op ${JSON.stringify(filter.op)}`);
    return { [op]: filter.filters.flatMap((f) => filterToMongo(f) ?? []) };
  }
  if (!isObject(filter.key)) return undefined;
  const key = filter.key as { section?: unknown; name?: unknown };
  if (typeof key.name !== 'string' || typeof key.section !== 'string' || key.name === '') return undefined;
  const op = typeof filter.op === 'string' ? filter.op : '=';
  if (filter.disabled === true) return undefined;
  if ((filter.value === undefined || filter.value === null) && op !== '=' && op !== '!=') return undefined;
  if (key.section === 'tags') {
    if (op === 'IN') return { tags: { $in: filter.value } };
    return filter.value === false ? { $or: [{ tags: null }, { tags: { $ne: key.name } }] } : { tags: key.name };
  }
  const path = keyToServerPath({ section: key.section, name: key.name });
  if (op === '=') return { [path]: filter.value };
  const mongo = INDIVIDUAL_OPS[op];
  if (!mongo) throw new InvalidArgumentError('filters', `The report's run set has a filter with an unknown op ${JSON.stringify(op)}`);
  return { [path]: { [mongo]: filter.value } };
}

/** Whether a Mongo filter selects every run (only empty groups). */
function isEmptyFilter(filter: Record<string, unknown> | undefined): boolean {
  if (!filter) return true;
  const entries = Object.entries(filter);
  return entries.every(
    ([op, value]) => (op === '$and' || op === '$or') && Array.isArray(value) && value.every((f) => isEmptyFilter(f as Record<string, unknown>)),
  );
}

/** The runs listing's filters and order for a run set. */
export function runSetQuery(runSet: ReportRunSet, onlySelected: boolean): { filters: Record<string, unknown> | undefined; order: string } {
  const order = runSet.sort ? `${runSet.sort.ascending ? '+' : '-'}${keyToServerPath(runSet.sort.key)}` : '-createdAt';
  let filters = filterToMongo(runSet.filters);
  if (isEmptyFilter(filters)) filters = undefined;
  if (onlySelected && runSet.selections.length) {
    const selected = { name: { $in: [...runSet.selections] } };
    filters = filters ? { $and: [filters, selected] } : selected;
  }
  return { filters, order };
}
