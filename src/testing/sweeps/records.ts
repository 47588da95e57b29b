/** A sweep, as the fake stores it. */
export interface SweepRecord {
  /** GraphQL node id. */
  id: string;
  /** The sweep id within its project (the last part of its path). */
  name: string;
  entity: string;
  project: string;
  displayName: string | null;
  description: string | null;
  /** `grid`, `random` or `bayes`, as in the config. */
  method: string;
  /** `RUNNING`, `PAUSED`, `FINISHED`, `CANCELED`, ... as W&B reports it. */
  state: string;
  /** The sweep config as W&B stores it: YAML text. */
  config: string;
  bestLoss: number | null;
  /** Runs the sweep plans to launch; `null` for no limit. */
  runCountExpected: number | null;
  /** Username of the creator. */
  user: string | null;
  createdAt: string;
  updatedAt: string;
  heartbeatAt: string;
}

/** A sweep agent, as the fake stores it. */
export interface AgentRecord {
  id: string;
  name: string;
  entity: string;
  project: string;
  /** Name of the sweep the agent works for. */
  sweep: string;
  host: string;
  displayName: string | null;
  state: string;
  persistent: boolean | null;
  metrics: Record<string, unknown>;
  /** Ids of the runs the agent started, in start order. */
  runs: string[];
  user: string | null;
  createdAt: string;
  heartbeatAt: string | null;
}

/** The sweeps area's tables. */
export function sweepTables() {
  return {
    /** Sweeps by `entity/project/name`. */
    sweeps: new Map<string, SweepRecord>(),
    /** Sweep agents by `entity/project/sweep/name`. */
    agents: new Map<string, AgentRecord>(),
  };
}
