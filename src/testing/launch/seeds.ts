import type { RunQueueItemRecord, RunQueueRecord } from './records';
import { LAUNCH_PROJECT, LAUNCH_RESOURCES, newResourceConfig, newRunQueue, newRunQueueItem } from './resolvers';
import type { FakeSeeder } from '../seed';
import type { FakeStore } from '../store';
import { builder, missingRecord } from '../seedBuilder';
import { leaf, list, nonBlankString, oneOf, optional, plainObject, record, recordOf, shape, wandbName } from '../seedCheck';

/** An item of a seeded queue. */
export interface QueuedRunSeed {
  /** @defaultValue `'PENDING'` */
  state?: RunQueueItemRecord['state'];
  /** Id of the run the item started. */
  associatedRunId?: string;
  /** What to launch. @defaultValue `{}` */
  runSpec?: Record<string, unknown>;
}

/** Fields of `fake.seed.runQueue()`. The entity and the `model-registry` project are created when missing. */
export interface RunQueueSeed {
  name: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** @defaultValue `'model-registry'`, where W&B keeps queues */
  project?: string;
  /** @defaultValue `'PROJECT'` */
  access?: RunQueueRecord['access'];
  prioritizationMode?: 'DISABLED' | 'V0';
  /** `local-container`, `local-process`, `kubernetes`, `sagemaker` or `gcp-vertex`. @defaultValue `'local-container'` */
  resource?: string;
  /** The resource arguments; stored as `{ resource_args: { <resource>: config } }`. @defaultValue `{}` */
  config?: Record<string, unknown>;
  /** Template variable schemas by name. */
  templateVariables?: Record<string, unknown>;
  /** Links shown with the queue, by label. */
  externalLinks?: Record<string, string>;
  items?: QueuedRunSeed[];
}

/** Adds a Launch run queue with its default resource config and items. */
export function seedRunQueue(seeder: FakeSeeder, store: FakeStore, seed: RunQueueSeed): RunQueueRecord {
  const project = seeder.project({ name: seed.project ?? LAUNCH_PROJECT, ...(seed.entity ? { entity: seed.entity } : {}) });
  const resource = seed.resource ?? 'local-container';
  const config = newResourceConfig(
    { store },
    {
      entity: project.entity,
      resource,
      config: { resource_args: { [resource]: seed.config ?? {} } },
      templateVariables: seed.templateVariables ? Object.entries(seed.templateVariables).map(([name, schema]) => ({ name, schema })) : null,
    },
  );
  const queue = newRunQueue(
    { store },
    {
      entity: project.entity,
      project: project.name,
      name: seed.name,
      access: seed.access ?? 'PROJECT',
      prioritizationMode: seed.prioritizationMode ?? null,
      defaultResourceConfigId: config.id,
      externalLinks: seed.externalLinks ? { links: Object.entries(seed.externalLinks).map(([label, url]) => ({ label, url })) } : null,
    },
  );
  for (const item of seed.items ?? []) seedQueuedRun(store, queue, item);
  return queue;
}

/** Adds an item to a queue. */
export function seedQueuedRun(store: FakeStore, queue: RunQueueRecord, seed: QueuedRunSeed = {}): RunQueueItemRecord {
  return newRunQueueItem({ store }, queue, {
    state: seed.state ?? 'PENDING',
    associatedRunId: seed.associatedRunId ?? null,
    runSpec: { ...(seed.runSpec ?? {}) },
  });
}

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

/** The launch area's seed builders. */
export const launchSeeds = {
  /**
   * Adds a Launch run queue (in the entity's `model-registry` project) with its default resource
   * config and items.
   */
  runQueue: builder((s, seed: RunQueueSeed): RunQueueRecord => seedRunQueue(s.seed, s.store, seed)).checks([{ name: '', check: runQueueSeed }]),

  /** Adds an item (a queued run) to a seeded queue. */
  queuedRun: builder(({ store }, queue: RunQueueRecord, seed: QueuedRunSeed = {}): RunQueueItemRecord => {
    // The store's own record: the caller's may be a copy from before a checkpoint was restored.
    let stored: RunQueueRecord | undefined;
    for (const q of store.runQueues.values()) if (q.id === queue.id) stored = q;
    if (!stored) throw missingRecord('queuedRun', 'queue', `${queue.id} is not in the store; seed it first with seed.runQueue()`);
    return seedQueuedRun(store, stored, seed);
  }).checks([
    { name: 'queue', check: recordOf<RunQueueRecord>('a run queue returned by seed.runQueue()') },
    { name: '', check: queuedRunSeed, optional: true },
  ]),
};
