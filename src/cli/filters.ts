import { InvalidArgumentError, type RunFilters, type RunsSelect } from '../index';

/** The short filter options of `runs` and `export`. */
export interface FilterOptions {
  /** Mongo-style JSON, as the SDK takes it. */
  filters?: string;
  state?: string[];
  tag?: string[];
  where?: string[];
}

const OPERATORS: Record<string, string> = { '>=': '$gte', '<=': '$lte', '!=': '$ne', '==': '$eq', '=': '$eq', '>': '$gt', '<': '$lt', '~': '$regex' };

/**
 * The columns the command line prints, in W&B's filter terms: `id` is W&B's `name`, `name` (the
 * display name, as Python's `run.name`) is `display_name`, `created` is `created_at`, and
 * `summary.x` is `summary_metrics.x`. Other keys pass as they are.
 */
const COLUMN_KEYS: Record<string, string> = { id: 'name', name: 'display_name', created: 'created_at' };

/** `summary.x` in W&B's terms, `summary_metrics.x`; undefined for any other key. */
function summaryKey(key: string): string | undefined {
  return key.startsWith('summary.') ? `summary_metrics.${key.slice('summary.'.length)}` : undefined;
}

function filterKey(key: string): string {
  return summaryKey(key) ?? COLUMN_KEYS[key] ?? key;
}

/** A `--where` value: JSON when it reads as JSON (numbers, `true`, `null`, `"text"`), else the text itself. */
function whereValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Parses one `--where` condition such as `config.lr>=0.01`, `state!=crashed` or `name~^resnet`. */
export function parseWhere(condition: string): RunFilters {
  const match = /^\s*([A-Za-z_][\w.-]*)\s*(>=|<=|!=|==|=|>|<|~)\s*(.*?)\s*$/.exec(condition);
  if (!match || match[3] === '') {
    throw new InvalidArgumentError(
      '--where',
      `--where takes KEY OP VALUE with OP one of >= <= != = > < ~ (regex), e.g. 'config.lr>=0.01'; got ${JSON.stringify(condition)}`,
    );
  }
  const [, key, op, value] = match as unknown as [string, string, string, string];
  const operand = op === '~' ? value : whereValue(value);
  return { [filterKey(key)]: { [OPERATORS[op] as string]: operand } } as RunFilters;
}

/** Combines `--filters`, `--state`, `--tag` and `--where` into one Mongo-style filter (all must hold). */
export function buildFilters(options: FilterOptions): RunFilters | undefined {
  const parts: RunFilters[] = [];
  if (options.filters !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(options.filters);
    } catch (error) {
      throw new InvalidArgumentError('--filters', `--filters must be a JSON object: ${(error as Error).message}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InvalidArgumentError('--filters', `--filters must be a JSON object such as '{"state":"finished"}'`);
    }
    parts.push(parsed as RunFilters);
  }
  const states = (options.state ?? []).flatMap((s) => s.split(',')).filter(Boolean);
  if (states.length === 1) parts.push({ state: states[0] } as RunFilters);
  else if (states.length > 1) parts.push({ state: { $in: states } } as RunFilters);
  for (const tag of options.tag ?? []) parts.push({ tags: { $in: [tag] } } as RunFilters);
  for (const condition of options.where ?? []) parts.push(parseWhere(condition));
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : ({ $and: parts } as RunFilters);
}

/**
 * A `--order` value in W&B's terms: `summary.loss` is `summary_metrics.loss` and `config.lr` is
 * `config.lr.value`; a leading `-` sorts descending, `+` (or nothing) ascending.
 */
export function buildOrder(order: string | undefined): string | undefined {
  if (order === undefined) return undefined;
  const sign = order.startsWith('-') || order.startsWith('+') ? order[0] : '+';
  let key = order.replace(/^[+-]/, '');
  const summary = summaryKey(key);
  if (summary !== undefined) key = summary;
  else if (key.startsWith('config.') && !key.endsWith('.value')) key = `${key}.value`;
  else if (key === 'created' || key === 'createdAt') key = 'created_at';
  return `${sign}${key}`;
}

/** The `--select` keys: `config.lr,summary.loss` fetches those keys with the listing. */
export interface Selection {
  config: string[];
  summary: string[];
  /** The selected columns, in the order given. */
  columns: Array<{ source: 'config' | 'summary'; key: string }>;
}

/** Parses `--select config.lr,summary.loss` (repeatable, comma separated). */
export function parseSelect(values: readonly string[] | undefined): Selection {
  const selection: Selection = { config: [], summary: [], columns: [] };
  for (const item of (values ?? [])
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^(config|summary|summary_metrics)\.(.+)$/.exec(item);
    if (!match) throw new InvalidArgumentError('--select', `--select takes config.KEY or summary.KEY, got ${JSON.stringify(item)}`);
    const source = match[1] === 'config' ? 'config' : 'summary';
    const key = match[2] as string;
    selection[source].push(key);
    selection.columns.push({ source, key });
  }
  return selection;
}

/** The SDK's `select` for a selection, or `undefined` when nothing was selected. */
export function runsSelect(selection: Selection): RunsSelect | undefined {
  if (!selection.columns.length) return undefined;
  return {
    ...(selection.config.length ? { config: selection.config } : {}),
    ...(selection.summary.length ? { summary: selection.summary } : {}),
  };
}
