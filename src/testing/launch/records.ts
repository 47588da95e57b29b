/** An item of a run queue (a queued run), as the fake stores it. */
export interface RunQueueItemRecord {
  id: string;
  /** `PENDING`, `LEASED`, `CLAIMED` or `FAILED`. */
  state: 'PENDING' | 'LEASED' | 'CLAIMED' | 'FAILED';
  /** Id of the run the item started, once an agent picked it up. */
  associatedRunId: string | null;
  launchAgentId: string | null;
  /** What to launch: job, overrides, resource, ... */
  runSpec: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** A Launch run queue, as the fake stores it. */
export interface RunQueueRecord {
  id: string;
  name: string;
  entity: string;
  /** The project that holds the queue (W&B uses `model-registry`). */
  project: string;
  access: 'PROJECT' | 'USER';
  prioritizationMode: 'DISABLED' | 'V0' | null;
  defaultResourceConfigId: string | null;
  /** `{ links: [{ label, url }] }`, as W&B stores them. */
  externalLinks: Record<string, unknown> | null;
  items: RunQueueItemRecord[];
  createdAt: string;
  updatedAt: string;
}

/** A default resource config (what a queue launches on), as the fake stores it. */
export interface ResourceConfigRecord {
  id: string;
  /** A small number W&B uses in the config's scope. */
  internalId: number;
  entity: string;
  project: string | null;
  /** `local-container`, `local-process`, `kubernetes`, `sagemaker` or `gcp-vertex`. */
  resource: string;
  /** `{ resource_args: { <resource>: {...} } }`, as W&B stores it. */
  config: Record<string, unknown>;
  templateVariables: Array<{ name: string; schema: unknown }> | null;
  createdAt: string;
  updatedAt: string;
}

/** The launch area's tables. */
export function launchTables() {
  return {
    /** Launch run queues by `entity/project/name`. */
    runQueues: new Map<string, RunQueueRecord>(),
    /** Launch default resource configs by node id. */
    resourceConfigs: new Map<string, ResourceConfigRecord>(),
  };
}
