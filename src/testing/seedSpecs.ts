/**
 * What each seed builder accepts, field by field, from the seed types' declarations; the builders
 * check their arguments with {@link checkSeed} before they change the store, and JSON seed data is
 * checked entry by entry with {@link seedProblems}.
 */
import { InvalidArgumentError } from '../client/errors';
import type { RunState } from '../runs/filters';
import type { ArtifactRecord, RunRef } from './artifacts/records';
import type { RunQueueRecord } from './launch/records';
import { LAUNCH_RESOURCES } from './launch/resolvers';
import { isEmail } from './users/resolvers';
import type {
  ArtifactLinkSeed,
  ArtifactReferenceSeed,
  ArtifactSeed,
  EntitySeed,
  FakeSeeder,
  OrganizationSeed,
  ProjectSeed,
  RegistryMemberSeed,
  RegistrySeed,
  RunSeed,
  RunsSeed,
  RunTarget,
  SyntheticHistory,
  UserSeed,
} from './seed';
import {
  anything,
  boolean,
  bytes,
  date,
  either,
  fieldPath,
  finite,
  func,
  integer,
  isObject,
  isWandbName,
  lazy,
  leaf,
  list,
  nonBlankString,
  nonEmptyString,
  nullable,
  oneOf,
  optional,
  plainObject,
  record,
  rows,
  shape,
  string,
  strings,
  teamName,
  variants,
  wandbName,
  type Check,
  type CheckContext,
  type Fields,
  type SeedProblem,
} from './seedCheck';
import type { JobSeed } from './jobs/seeds';
import type { QueuedRunSeed, RunQueueSeed } from './launch/seeds';
import type { AutomationActionSeed, AutomationScopeSeed, AutomationSeed, IntegrationSeed, InviteSeed, TeamSeed } from './teams/seeds';
import type { ReportFilterSeed, ReportRunSetSeed, ReportSeed } from './reports/seeds';
import type { SweepAgentSeed, SweepRunSeed, SweepSeed } from './sweeps/seeds';

/** The run states W&B reports. */
const RUN_STATES = ['running', 'finished', 'crashed', 'failed', 'killed', 'preempting', 'preempted', 'pending'] as const;

/** W&B's automation event types (`EventTriggeringConditionType`). */
const EVENT_TYPES = [
  'ADD_ARTIFACT_ALIAS',
  'ADD_ARTIFACT_TAG',
  'ADD_COLLECTION_TAG',
  'CREATE_ARTIFACT',
  'LINK_MODEL',
  'REMOVE_ARTIFACT_TAG',
  'REMOVE_COLLECTION_TAG',
  'RUN_METRIC',
  'RUN_METRIC_CHANGE',
  'RUN_METRIC_ZSCORE',
  'RUN_STATE',
  'UNLINK_ARTIFACT',
  'UPDATE_ARTIFACT_ALIAS',
  'WEAVE_METRIC_THRESHOLD',
] as const;

const names = strings(wandbName, 'a list of W&B names');
const tags = strings(nonEmptyString, 'a list of non-empty strings');
/** Artifact aliases: names without `/` or `:`, and not `v<N>` (W&B keeps those for version numbers). */
const alias = leaf<string>('an alias', (v) => isWandbName(v) && !/^v\d+$/.test(v), { hint: 'a W&B name other than v<number>, which names versions' });
const aliases = strings(alias, 'a list of aliases');
const email = leaf<string>('an email address', (v) => typeof v === 'string' && isEmail(v));

// ── users, entities, projects, runs ──

const userSeed = shape<UserSeed>('UserSeed', {
  username: wandbName,
  name: optional(string),
  email: optional(email),
  admin: optional(boolean),
  accountType: optional(oneOf('USER', 'SERVICE', 'ANONYMOUS', 'VIEWER')),
  apiKey: optional(nonEmptyString),
  flags: optional(plainObject),
});

const entitySeed = shape<EntitySeed>('EntitySeed', {
  name: wandbName,
  isTeam: optional(boolean),
  members: optional(names),
  admins: optional(names),
  withViewer: optional(boolean),
  organization: optional(wandbName),
});

const organizationSeed = shape<OrganizationSeed>('OrganizationSeed', { name: wandbName, orgEntity: optional(wandbName) });

const projectSeed = shape<ProjectSeed>('ProjectSeed', {
  name: wandbName,
  entity: optional(wandbName),
  description: optional(string),
  access: optional(nonEmptyString),
  createdAt: optional(date),
});

/** The fields of a run, without its place (a sweep's runs take theirs from the sweep). */
const runFields: Fields<SweepRunSeed> = {
  id: optional(wandbName),
  displayName: optional(string),
  state: optional(oneOf(...RUN_STATES)),
  config: optional(plainObject),
  summary: optional(plainObject),
  systemMetrics: optional(plainObject),
  tags: optional(tags),
  group: optional(string),
  jobType: optional(string),
  notes: optional(string),
  description: optional(string),
  commit: optional(string),
  host: optional(string),
  user: optional(wandbName),
  history: optional(rows),
  createdAt: optional(date),
  heartbeatAt: optional(date),
};

const runSeed = shape<RunSeed>('RunSeed', { project: wandbName, entity: optional(wandbName), ...runFields, sweepName: optional(wandbName) });

/** Fields that name a run. */
const runTargetFields: Fields<RunTarget> = { project: wandbName, entity: optional(wandbName), run: wandbName };
const runTarget = shape<RunTarget>('RunTarget', runTargetFields);

const syntheticHistory = shape<SyntheticHistory>('SyntheticHistory', {
  rows: integer(0),
  keys: optional(tags),
  firstStep: optional(integer(0)),
  stepEvery: optional(integer(1)),
});

const runsSeed = shape<RunsSeed>('RunsSeed', {
  project: wandbName,
  entity: optional(wandbName),
  count: integer(0),
  idPrefix: optional(
    leaf<string>('a run id prefix', (v) => typeof v === 'string' && (v === '' || isWandbName(v)), { hint: 'without spaces or / : ? # % \\' }),
  ),
  state: optional(either(oneOf(...RUN_STATES), func<(index: number) => RunState>())),
  config: optional(func()),
  summary: optional(func()),
  tags: optional(func()),
  group: optional(func()),
  jobType: optional(func()),
  sweepName: optional(func()),
  history: optional(either(syntheticHistory, func<(index: number) => Array<Record<string, unknown>>>())),
  createdAt: optional(date),
});

/** What `seed.runs()` checks each function's results against. */
export const RUNS_RESULTS = {
  state: oneOf(...RUN_STATES),
  config: plainObject,
  summary: plainObject,
  tags,
  group: optional(string),
  jobType: optional(string),
  sweepName: optional(wandbName),
  history: rows,
} as const;

// ── artifacts and registries ──

const runRef = shape<RunRef>('RunRef', { entity: wandbName, project: wandbName, run: wandbName });
const runOrRef = either(wandbName, runRef);

const artifactSeed = shape<ArtifactSeed>('ArtifactSeed', {
  project: wandbName,
  entity: optional(wandbName),
  name: wandbName,
  type: optional(wandbName),
  files: optional(record(bytes, 'an object of file contents by path', nonEmptyString)),
  references: optional(
    record(
      either(
        nonEmptyString,
        shape<ArtifactReferenceSeed>('ArtifactReferenceSeed', { uri: nonEmptyString, digest: optional(nonEmptyString), size: optional(integer(0)) }),
      ),
      'an object of references by path',
      nonEmptyString,
    ),
  ),
  aliases: optional(aliases),
  tags: optional(tags),
  description: optional(string),
  metadata: optional(plainObject),
  ttlSeconds: optional(integer(-1)),
  storageRegion: optional(nonEmptyString),
  loggedBy: optional(runOrRef),
  usedBy: optional(list(runOrRef, 'a list of run ids or { entity, project, run } objects')),
  historyStep: optional(integer(0)),
  state: optional(oneOf('COMMITTED', 'PENDING')),
});

/** A record a builder made earlier (an artifact version, a queue), checked against the store by the builder. */
function recordOf<T>(what: string): Check<T> {
  return leaf<T>(what, (v) => isObject(v) && typeof v.id === 'string', { json: `${what} (which JSON cannot hold)` });
}

const linkSeed = shape<ArtifactLinkSeed>('ArtifactLinkSeed', {
  artifact: recordOf<ArtifactRecord>('an artifact version returned by seed.artifact()'),
  project: wandbName,
  entity: optional(wandbName),
  collection: optional(wandbName),
  aliases: optional(aliases),
});

const registrySeed = shape<RegistrySeed>('RegistrySeed', {
  name: wandbName,
  organization: wandbName,
  description: optional(string),
  visibility: optional(oneOf('organization', 'restricted')),
  artifactTypes: optional(names),
  createdAt: optional(date),
});

/** {@link RegistryMemberSeed} with both of its alternatives' fields; the rule below keeps exactly one. */
interface RegistryMemberFields {
  registry: string;
  organization: string;
  role?: 'admin' | 'member' | 'viewer' | 'restricted_viewer';
  user?: string;
  team?: string;
}

const registryMemberSeed = shape<RegistryMemberFields>(
  'RegistryMemberSeed',
  {
    registry: wandbName,
    organization: wandbName,
    role: optional(oneOf('admin', 'member', 'viewer', 'restricted_viewer')),
    user: optional(wandbName),
    team: optional(wandbName),
  },
  {
    rules: (value, path, ctx) => {
      if (value.user === undefined && value.team === undefined) {
        ctx.problems.push({ path: fieldPath(path, 'user'), message: "or team is required (the new member's username or team name)" });
      } else if (value.user !== undefined && value.team !== undefined) {
        ctx.problems.push({ path: fieldPath(path, 'team'), message: 'must be left out when user is given (a member is a user or a team)' });
      }
    },
  },
  // Checked to be one alternative or the other by the rule.
) as Check<RegistryMemberSeed>;

// ── teams, invites, integrations, automations ──

const teamSeed = shape<TeamSeed>('TeamSeed', {
  name: teamName,
  members: optional(names),
  admins: optional(names),
  withViewer: optional(boolean),
  viewerIsAdmin: optional(boolean),
  organization: optional(wandbName),
});

const inviteSeed = shape<InviteSeed>('InviteSeed', { team: wandbName, email, admin: optional(boolean), fromUser: optional(wandbName) });

type SlackSeed = Extract<IntegrationSeed, { type: 'slack' }>;
type WebhookSeed = Extract<IntegrationSeed, { type: 'webhook' }>;
const integrationSeeds = {
  slack: shape<SlackSeed>('IntegrationSeed of type slack', {
    type: oneOf('slack'),
    entity: optional(wandbName),
    teamName: optional(nonEmptyString),
    channelName: optional(nonEmptyString),
  }),
  webhook: shape<WebhookSeed>('IntegrationSeed of type webhook', {
    type: oneOf('webhook'),
    entity: optional(wandbName),
    name: optional(nonEmptyString),
    urlEndpoint: optional(leaf<string>('an http(s) URL', (v) => typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v))),
  }),
};

/** The variant of an object chosen by its `type` field. */
function byType<T>(what: string, table: Record<string, Check<T>>): Check<T> {
  const types = Object.keys(table);
  return variants<T>(`an object (${what}) whose type is ${types.map((t) => JSON.stringify(t)).join(' or ')}`, (value) => {
    const chosen = typeof value.type === 'string' && Object.hasOwn(table, value.type) ? table[value.type] : undefined;
    if (chosen) return chosen;
    const given =
      value.type === undefined
        ? 'is required'
        : `must be ${types.map((t) => JSON.stringify(t)).join(' or ')}, got ${JSON.stringify(value.type) ?? String(value.type)}`;
    return { field: 'type', message: value.type === undefined ? `${given} (${types.map((t) => JSON.stringify(t)).join(' or ')})` : given };
  });
}

const integrationSeed = byType<IntegrationSeed>('IntegrationSeed', integrationSeeds);

type CollectionScope = Extract<AutomationScopeSeed, { collection: string }>;
type ProjectScope = Exclude<Extract<AutomationScopeSeed, { project: string }>, CollectionScope>;
type EntityScope = Exclude<AutomationScopeSeed, { project: string }>;
const collectionScope = shape<CollectionScope>('a collection scope', {
  collection: wandbName,
  project: wandbName,
  entity: optional(wandbName),
  portfolio: optional(boolean),
  type: optional(wandbName),
});
const projectScope = shape<ProjectScope>('a project scope', { project: wandbName, entity: optional(wandbName) });
const entityScope = shape<EntityScope>('an entity scope', { entity: wandbName });
const automationScope = variants<AutomationScopeSeed>('an object: { project }, { collection, project } or { entity }', (value) =>
  value.collection !== undefined
    ? collectionScope
    : value.project !== undefined
      ? projectScope
      : value.entity !== undefined
        ? entityScope
        : { field: 'project', message: 'or collection or entity is required (the scope: { project }, { collection, project } or { entity })' },
);

type NotificationSeed = Extract<AutomationActionSeed, { type: 'NOTIFICATION' }>;
type WebhookActionSeed = Extract<AutomationActionSeed, { type: 'GENERIC_WEBHOOK' }>;
type NoOpSeed = Extract<AutomationActionSeed, { type: 'NO_OP' }>;
const automationAction = byType<AutomationActionSeed>('AutomationActionSeed', {
  NOTIFICATION: shape<NotificationSeed>('a NOTIFICATION action', {
    type: oneOf('NOTIFICATION'),
    integrationId: nonEmptyString,
    title: optional(string),
    message: optional(string),
    severity: optional(oneOf('INFO', 'WARN', 'ERROR')),
  }),
  GENERIC_WEBHOOK: shape<WebhookActionSeed>('a GENERIC_WEBHOOK action', {
    type: oneOf('GENERIC_WEBHOOK'),
    integrationId: nonEmptyString,
    requestPayload: optional(plainObject),
  }),
  NO_OP: shape<NoOpSeed>('a NO_OP action', { type: oneOf('NO_OP') }),
});

const automationSeed = shape<AutomationSeed>('AutomationSeed', {
  name: nonBlankString,
  description: optional(string),
  enabled: optional(boolean),
  scope: automationScope,
  eventType: optional(oneOf(...EVENT_TYPES)),
  eventFilter: optional(either(plainObject, nonEmptyString)),
  action: optional(automationAction),
  createdBy: optional(wandbName),
});

// ── sweeps, reports, launch, jobs ──

const sweepSeed = shape<SweepSeed>('SweepSeed', {
  project: wandbName,
  entity: optional(wandbName),
  id: optional(wandbName),
  displayName: optional(string),
  description: optional(string),
  config: optional(either(plainObject, string)),
  method: optional(nonEmptyString),
  state: optional(nonEmptyString),
  bestLoss: optional(nullable(finite)),
  runCountExpected: optional(nullable(integer(0))),
  runs: optional(list(shape<SweepRunSeed>('SweepRunSeed', runFields), 'a list of runs (SweepRunSeed)')),
  agents: optional(
    list(
      shape<SweepAgentSeed>('SweepAgentSeed', {
        id: optional(wandbName),
        host: optional(nonEmptyString),
        state: optional(nonEmptyString),
        runs: optional(names),
      }),
      'a list of agents (SweepAgentSeed)',
    ),
  ),
  user: optional(wandbName),
  createdAt: optional(date),
});

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

const queuedRunSeed = shape<QueuedRunSeed>('QueuedRunSeed', {
  state: optional(oneOf('PENDING', 'LEASED', 'CLAIMED', 'FAILED')),
  associatedRunId: optional(wandbName),
  runSpec: optional(plainObject),
});

const runQueueSeed = shape<RunQueueSeed>('RunQueueSeed', {
  name: nonBlankString,
  entity: optional(wandbName),
  project: optional(wandbName),
  access: optional(oneOf('PROJECT', 'USER')),
  prioritizationMode: optional(oneOf('DISABLED', 'V0')),
  resource: optional(oneOf(...LAUNCH_RESOURCES)),
  config: optional(plainObject),
  templateVariables: optional(plainObject),
  externalLinks: optional(
    record(
      leaf<string>('an http(s) URL', (v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v)),
      'an object of URLs by label',
    ),
  ),
  items: optional(list(queuedRunSeed, 'a list of queued runs (QueuedRunSeed)')),
});

const jobSeed = shape<JobSeed>('JobSeed', {
  project: wandbName,
  entity: optional(wandbName),
  name: wandbName,
  sourceType: optional(oneOf('repo', 'artifact', 'image')),
  git: optional(shape<NonNullable<JobSeed['git']>>('{ remote, commit }', { remote: nonEmptyString, commit: nonEmptyString })),
  codeArtifact: optional(nonEmptyString),
  image: optional(nonEmptyString),
  entrypoint: optional(strings(nonEmptyString, 'a list of non-empty strings')),
  config: optional(plainObject),
  summary: optional(plainObject),
  runtime: optional(nonEmptyString),
  partial: optional(boolean),
  requirements: optional(strings(nonEmptyString, 'a list of non-empty strings')),
  aliases: optional(aliases),
  description: optional(string),
});

// ── the builders ──

/** The public methods of the seeder: its builders. */
export type SeedBuilderName = { [K in keyof FakeSeeder]: FakeSeeder[K] extends (...args: never[]) => unknown ? K : never }[keyof FakeSeeder];

/**
 * One parameter of a builder. `name` is empty for the parameter whose fields are the builder's
 * own (`seed.run.id`), and names the others (`seed.history.rows[3]`).
 */
interface Param<T> {
  readonly name: string;
  readonly check: Check<Exclude<T, undefined>>;
  /** The parameter may be left out. */
  readonly optional?: true;
}

type Params<P extends readonly unknown[]> = { readonly [I in keyof P]-?: Param<P[I]> };

/** Every builder's parameters; a builder without an entry here does not compile. */
const SEED_SPECS: { readonly [K in SeedBuilderName]: Params<Parameters<FakeSeeder[K]>> } = {
  user: [{ name: '', check: userSeed }],
  entity: [{ name: '', check: entitySeed }],
  organization: [{ name: '', check: organizationSeed }],
  project: [{ name: '', check: projectSeed }],
  run: [{ name: '', check: runSeed }],
  runs: [{ name: '', check: runsSeed }],
  history: [
    { name: '', check: runTarget },
    { name: 'rows', check: either(rows, syntheticHistory) },
  ],
  historyExport: [
    {
      name: '',
      check: shape<Parameters<FakeSeeder['historyExport']>[0]>('RunTarget & { exportedRows, rowsPerFile }', {
        ...runTargetFields,
        exportedRows: optional(integer(0)),
        rowsPerFile: optional(integer(1)),
      }),
    },
  ],
  runEvents: [
    { name: '', check: runTarget },
    { name: 'rows', check: rows },
  ],
  runFile: [
    {
      name: '',
      check: shape<Parameters<FakeSeeder['runFile']>[0]>('RunTarget & { name, content, mimetype }', {
        ...runTargetFields,
        name: nonEmptyString,
        content: bytes,
        mimetype: optional(nonEmptyString),
      }),
    },
  ],
  artifact: [{ name: '', check: artifactSeed }],
  link: [{ name: '', check: linkSeed }],
  registry: [{ name: '', check: registrySeed }],
  registryMember: [{ name: '', check: registryMemberSeed }],
  team: [{ name: '', check: teamSeed }],
  invite: [{ name: '', check: inviteSeed }],
  integration: [{ name: '', check: integrationSeed }],
  automation: [{ name: '', check: automationSeed }],
  sweep: [{ name: '', check: sweepSeed }],
  report: [{ name: '', check: reportSeed }],
  runQueue: [{ name: '', check: runQueueSeed }],
  queuedRun: [
    { name: 'queue', check: recordOf<RunQueueRecord>('a run queue returned by seed.runQueue()') },
    { name: '', check: queuedRunSeed, optional: true },
  ],
  job: [{ name: '', check: jobSeed }],
};

/** Whether the seeder has a check for `builder` (JSON seed data may name builders added at run time). */
export function hasSeedSpec(builder: string): builder is SeedBuilderName {
  return Object.hasOwn(SEED_SPECS, builder);
}

/**
 * Every problem with a builder's arguments.
 * @param json checking JSON seed data: unknown fields are problems too
 */
export function seedProblems(builder: SeedBuilderName, args: readonly unknown[], json = false): SeedProblem[] {
  const ctx: CheckContext = { builder, json, problems: [] };
  const params = SEED_SPECS[builder] as readonly Param<unknown>[];
  params.forEach((param, i) => {
    const value = args[i];
    if (value === undefined && param.optional) return;
    param.check.test(value, param.name, ctx);
  });
  return ctx.problems;
}

/** The `argument` of an error about `path` in a builder's arguments: `seed.run.id`, `seed.run.history[2]`. */
export function seedArgument(builder: string, path: string): string {
  return path ? `seed.${builder}${path.startsWith('[') ? '' : '.'}${path}` : `seed.${builder}`;
}

/** The error for one problem. */
export function seedError(builder: string, problem: SeedProblem): InvalidArgumentError {
  return new InvalidArgumentError(seedArgument(builder, problem.path), `seed.${builder}(): ${problem.path || 'the argument'} ${problem.message}`);
}

/**
 * Checks a builder's arguments.
 * @throws {@link InvalidArgumentError} for the first problem, naming the builder and the field (`seed.run.id`)
 */
export function checkSeed(builder: SeedBuilderName, ...args: unknown[]): void {
  const [first] = seedProblems(builder, args);
  if (first) throw seedError(builder, first);
}

/**
 * The error for a field that names a record the store does not have (`seed.invite.team`).
 * @param message what is wrong with the field's value and how to fix it: `"x" is not a team; seed it first with seed.team()`
 */
export function missingRecord(builder: string, field: string, message: string): InvalidArgumentError {
  return seedError(builder, { path: field, message });
}

/** Checks the result of a function a builder was given (`seed.runs({ config: (i) => ... })`). */
export function checkResult(
  builder: SeedBuilderName,
  field: string,
  index: number,
  check: Check<unknown> | { optional: Check<unknown> },
  value: unknown,
): void {
  if ('optional' in check) {
    if (value === undefined) return;
    check = check.optional;
  }
  const ctx: CheckContext = { builder, json: false, problems: [] };
  check.test(value, `${field}(${index})`, ctx);
  const [first] = ctx.problems;
  if (!first) return;
  // `config(3) must return an object, got 5`; a problem inside the result keeps its path.
  const message = first.path === `${field}(${index})` ? first.message.replace(/^must be/, 'must return') : first.message;
  throw new InvalidArgumentError(seedArgument(builder, field), `seed.${builder}(): ${first.path} ${message}`);
}
