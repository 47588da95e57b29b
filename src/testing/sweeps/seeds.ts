import { stringify } from 'yaml';
import type { AgentRecord, SweepRecord } from './records';
import type { FakeSeeder, RunSeed } from '../seed';
import { nodeId, wandbTime } from '../ids';
import type { FakeStore } from '../store';
import type { RunRecord } from '../runs/records';
import type { UserRecord } from '../users/records';
import { builder } from '../seedBuilder';
import { date, either, finite, integer, list, names, nonEmptyString, nullable, optional, plainObject, shape, string, wandbName } from '../seedCheck';
import { runFields } from '../runs/seeds';

/** A run of a seeded sweep: a run seed without its place (the sweep gives it). */
export type SweepRunSeed = Omit<RunSeed, 'project' | 'entity' | 'sweepName'>;

/** An agent of a seeded sweep. */
export interface SweepAgentSeed {
  /** The agent id. @defaultValue a generated one */
  id?: string;
  /** @defaultValue `'localhost'` */
  host?: string;
  /** @defaultValue `'RUNNING'` */
  state?: string;
  /** Ids of the sweep's runs this agent started. */
  runs?: string[];
}

/** Fields of `fake.seed.sweep()`. The project (and entity) are created when missing. */
export interface SweepSeed {
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** The sweep id. @defaultValue a generated 8-character id */
  id?: string;
  displayName?: string;
  description?: string;
  /**
   * The sweep config, as an object (stored as YAML, as W&B does) or as YAML text.
   * @defaultValue `{ method: 'random', parameters: {} }`
   */
  config?: Record<string, unknown> | string;
  /** @defaultValue the config's `method`, else `'random'` */
  method?: string;
  /** @defaultValue `'RUNNING'` */
  state?: string;
  /** @defaultValue the best value of the config's metric over the seeded runs, else none */
  bestLoss?: number | null;
  /** @defaultValue the config's `run_cap`, else none */
  runCountExpected?: number | null;
  /** Runs created in the sweep (their `sweepName` is the sweep id). */
  runs?: SweepRunSeed[];
  agents?: SweepAgentSeed[];
  /** Username of the creator. @defaultValue the viewer */
  user?: string;
  createdAt?: Date;
}

function randomId(length = 8): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b % alphabet.length]).join('');
}

function metricOf(config: Record<string, unknown>): { name: string; goal: string } | undefined {
  const metric = config.metric;
  if (!metric || typeof metric !== 'object') return undefined;
  const { name, goal } = metric as { name?: unknown; goal?: unknown };
  return typeof name === 'string' ? { name, goal: goal === 'maximize' ? 'maximize' : 'minimize' } : undefined;
}

/** Adds a sweep, its runs and agents. */
export function seedSweep(seeder: FakeSeeder, store: FakeStore, viewer: UserRecord, seed: SweepSeed): SweepRecord {
  const project = seeder.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
  const name = seed.id ?? randomId();
  const configObject: Record<string, unknown> = typeof seed.config === 'string' ? {} : { ...(seed.config ?? { method: 'random', parameters: {} }) };
  const configText = typeof seed.config === 'string' ? seed.config : stringify(configObject);
  const created = seed.createdAt ? wandbTime(seed.createdAt) : store.tick();
  const runs: RunRecord[] = (seed.runs ?? []).map((run) => seeder.run({ ...run, project: project.name, entity: project.entity, sweepName: name }));
  const metric = metricOf(configObject);
  let bestLoss = seed.bestLoss;
  if (bestLoss === undefined && metric) {
    const values = runs.map((r) => r.summary[metric.name]).filter((v): v is number => typeof v === 'number');
    bestLoss = values.length ? (metric.goal === 'maximize' ? Math.max(...values) : Math.min(...values)) : null;
  }
  const runCap = configObject.run_cap;
  const sweep: SweepRecord = {
    id: nodeId('Sweep', name, project.name, project.entity),
    name,
    entity: project.entity,
    project: project.name,
    displayName: seed.displayName ?? null,
    description: seed.description ?? null,
    method: seed.method ?? (typeof configObject.method === 'string' ? configObject.method : 'random'),
    state: seed.state ?? 'RUNNING',
    config: configText,
    bestLoss: bestLoss ?? null,
    runCountExpected: seed.runCountExpected !== undefined ? seed.runCountExpected : typeof runCap === 'number' ? runCap : null,
    user: seed.user ?? viewer.username,
    createdAt: created,
    updatedAt: created,
    heartbeatAt: created,
  };
  store.sweeps.set(`${sweep.entity}/${sweep.project}/${sweep.name}`, sweep);
  for (const agentSeed of seed.agents ?? []) {
    const agentName = agentSeed.id ?? randomId();
    const now = store.tick();
    const agent: AgentRecord = {
      id: nodeId('Agent', agentName, name, project.name, project.entity),
      name: agentName,
      entity: project.entity,
      project: project.name,
      sweep: name,
      host: agentSeed.host ?? 'localhost',
      displayName: null,
      state: agentSeed.state ?? 'RUNNING',
      persistent: false,
      metrics: {},
      runs: [...(agentSeed.runs ?? [])],
      user: sweep.user,
      createdAt: now,
      heartbeatAt: now,
    };
    store.agents.set(`${agent.entity}/${agent.project}/${agent.sweep}/${agent.name}`, agent);
  }
  return sweep;
}

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

/** The sweeps area's seed builders. */
export const sweepSeeds = {
  /**
   * Adds a sweep with its config stored as YAML, its runs (attached by `sweepName`) and agents.
   * @example `fake.seed.sweep({ project: 'p', id: 'sw1', config: { method: 'bayes', metric: { name: 'loss', goal: 'minimize' } }, runs: [{ summary: { loss: 0.2 } }] })`
   */
  sweep: builder((s, seed: SweepSeed): SweepRecord => seedSweep(s.seed, s.store, s.viewer, seed)).checks([{ name: '', check: sweepSeed }]),
};
