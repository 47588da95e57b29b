import type { ViewRecord } from './records';
import type { FakeSeeder } from '../seed';
import { nodeId, wandbTime } from '../ids';
import type { FakeStore } from '../store';
import type { UserRecord } from '../users/records';
import { builder } from '../seedBuilder';
import {
  anything,
  boolean,
  date,
  lazy,
  list,
  names,
  nonEmptyString,
  oneOf,
  optional,
  plainObject,
  shape,
  string,
  variants,
  wandbName,
  type Check,
} from '../seedCheck';

/** A filter as the W&B app stores it in a run set: a group (`op` AND/OR) or one comparison. */
export type ReportFilterSeed =
  { op: 'AND' | 'OR'; filters: ReportFilterSeed[] } | { key: { section: string; name: string }; op: string; value: unknown; disabled?: boolean };

/** A run set of a seeded report: which runs a section of the report shows. */
export interface ReportRunSetSeed {
  name?: string;
  /** @defaultValue no filter (every run) */
  filters?: ReportFilterSeed;
  /** Ids of the selected runs. */
  selections?: string[];
  /** @defaultValue by creation time, newest first */
  sort?: { key: { section: string; name: string }; ascending?: boolean };
}

/** Fields of `fake.seed.report()`. The project (and entity) are created when missing. */
export interface ReportSeed {
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  displayName: string;
  description?: string;
  /** W&B's internal name. @defaultValue a generated one */
  name?: string;
  /** The whole spec. @defaultValue one section holding `runSets` */
  spec?: Record<string, unknown>;
  /** Run sets of the report's one section (used when `spec` is not given). */
  runSets?: ReportRunSetSeed[];
  /** @defaultValue `'runs'` (reports); workspaces and other views have other types */
  type?: string;
  /** Username of the author. @defaultValue the viewer */
  user?: string;
  createdAt?: Date;
  updatedAt?: Date;
}

function runSetSpec(seed: ReportRunSetSeed, index: number): Record<string, unknown> {
  return {
    id: `runset-${index}`,
    name: seed.name ?? 'Run set',
    enabled: true,
    filters: seed.filters ?? { op: 'OR', filters: [{ op: 'AND', filters: [] }] },
    sort: { key: seed.sort?.key ?? { section: 'run', name: 'createdAt' }, ascending: seed.sort?.ascending ?? false },
    selections: { root: 1, bounds: [], tree: [...(seed.selections ?? [])] },
  };
}

/** Adds a report. */
export function seedReport(seeder: FakeSeeder, store: FakeStore, viewer: UserRecord, seed: ReportSeed): ViewRecord {
  const project = seeder.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
  const internal = store.nextId();
  const spec = seed.spec ?? {
    version: 5,
    panelGroups: [{ name: 'Section 1', openRunSet: 0, runSets: (seed.runSets ?? [{}]).map(runSetSpec) }],
  };
  const created = seed.createdAt ? wandbTime(seed.createdAt) : store.tick();
  const view: ViewRecord = {
    id: nodeId('View', String(internal)),
    name: seed.name ?? `report-${internal}`,
    entity: project.entity,
    project: project.name,
    type: seed.type ?? 'runs',
    displayName: seed.displayName,
    description: seed.description ?? null,
    spec: JSON.stringify(spec),
    user: seed.user ?? viewer.username,
    viewCount: 0,
    createdAt: created,
    updatedAt: seed.updatedAt ? wandbTime(seed.updatedAt) : created,
  };
  store.views.set(view.id, view);
  return view;
}

const reportKey = shape<{ section: string; name: string }>('{ section, name }', { section: nonEmptyString, name: nonEmptyString });
type FilterGroup = Extract<ReportFilterSeed, { filters: ReportFilterSeed[] }>;
type FilterComparison = Extract<ReportFilterSeed, { key: unknown }>;
const reportFilter: Check<ReportFilterSeed> = variants<ReportFilterSeed>('a filter ({ op, filters } or { key, op, value })', (value) =>
  value.filters !== undefined
    ? shape<FilterGroup>('a filter group', {
        op: oneOf('AND', 'OR'),
        filters: list(
          lazy('a filter', () => reportFilter),
          'a list of filters',
        ),
      })
    : shape<FilterComparison>('a filter', { key: reportKey, op: nonEmptyString, value: anything, disabled: optional(boolean) }),
);

const reportSeed = shape<ReportSeed>('ReportSeed', {
  project: wandbName,
  entity: optional(wandbName),
  displayName: nonEmptyString,
  description: optional(string),
  name: optional(nonEmptyString),
  spec: optional(plainObject),
  runSets: optional(
    list(
      shape<ReportRunSetSeed>('ReportRunSetSeed', {
        name: optional(string),
        filters: optional(reportFilter),
        selections: optional(names),
        sort: optional(shape<NonNullable<ReportRunSetSeed['sort']>>('{ key, ascending }', { key: reportKey, ascending: optional(boolean) })),
      }),
      'a list of run sets (ReportRunSetSeed)',
    ),
  ),
  type: optional(nonEmptyString),
  user: optional(wandbName),
  createdAt: optional(date),
  updatedAt: optional(date),
});

/** The reports area's seed builders. */
export const reportSeeds = {
  /**
   * Adds a report (a W&B view of type `runs`) whose spec holds the given run sets.
   * @example `fake.seed.report({ project: 'p', displayName: 'Weekly', runSets: [{ selections: ['r1'] }] })`
   */
  report: builder((s, seed: ReportSeed): ViewRecord => seedReport(s.seed, s.store, s.viewer, seed)).checks([{ name: '', check: reportSeed }]),
};
