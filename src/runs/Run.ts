import type { RunFieldsFragment, RunQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { asJsonObject, parseDate, parseJsonObject, unwrapConfig } from '../client/json';
// ── artifacts area imports ──
import { RunArtifacts, type RunArtifactsOptions } from '../artifacts/RunArtifacts';

/** The heavy fields of a run, present once it was loaded in full. */
type FullRunData = NonNullable<NonNullable<RunQuery['project']>['run']>;

/** Data a `Run` is built from: the light fields, plus the heavy ones when they were fetched. */
export type RunData = RunFieldsFragment & Partial<Pick<FullRunData, 'config' | 'summaryMetrics' | 'systemMetrics' | 'historyKeys'>>;

/**
 * One W&B run. Objects from `api.run()` are complete; objects from a runs listing carry the
 * light fields only until `load()` is called.
 */
export class Run {
  /** GraphQL node id. */
  readonly id: string;
  /** The run's id within its project (the last part of its path). */
  readonly name: string;
  readonly entity: string;
  readonly project: string;
  displayName: string | undefined;
  /** `running`, `finished`, `crashed`, `failed`, `killed` or `preempted`, as W&B reports it. */
  state: string | undefined;
  tags: string[];
  notes: string | undefined;
  group: string | undefined;
  jobType: string | undefined;
  readonly description: string | undefined;
  readonly commit: string | undefined;
  readonly readOnly: boolean;
  readonly sweepName: string | undefined;
  readonly historyLineCount: number | undefined;
  readonly createdAt: Date;
  readonly heartbeatAt: Date | undefined;
  readonly updatedAt: Date | undefined;
  /** Username of the run's owner. */
  readonly user: string | undefined;
  /** Config values, unwrapped from W&B's `{ value, desc }` form. Empty until loaded. */
  config: Record<string, unknown> = {};
  /** Summary metrics. Empty until loaded. */
  summary: Record<string, unknown> = {};
  /** System metrics. Empty until loaded. */
  systemMetrics: Record<string, unknown> = {};
  /** History keys, as W&B reports them (includes `lastStep`). Empty until loaded. */
  historyKeys: Record<string, unknown> = {};
  /** Whether the heavy fields (config, summary, ...) were fetched. */
  loaded = false;

  protected declare readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    entity: string,
    project: string,
    data: RunData,
  ) {
    attachContext(this, ctx);
    this.entity = entity;
    this.project = project;
    this.id = data.id;
    this.name = data.name;
    this.displayName = data.displayName ?? undefined;
    this.state = data.state ?? undefined;
    this.tags = [...(data.tags ?? [])];
    this.notes = data.notes ?? undefined;
    this.group = data.group ?? undefined;
    this.jobType = data.jobType ?? undefined;
    this.description = data.description ?? undefined;
    this.commit = data.commit ?? undefined;
    this.readOnly = data.readOnly ?? false;
    this.sweepName = data.sweepName ?? undefined;
    this.historyLineCount = data.historyLineCount ?? undefined;
    this.createdAt = parseDate(data.createdAt);
    this.heartbeatAt = parseDate(data.heartbeatAt);
    this.updatedAt = parseDate(data.updatedAt);
    this.user = data.user?.username ?? undefined;
    if (data.config !== undefined) {
      this.config = unwrapConfig(parseJsonObject(data.config, 'run config'));
      this.summary = parseJsonObject(data.summaryMetrics, 'run summary');
      this.systemMetrics = parseJsonObject(data.systemMetrics, 'run system metrics');
      this.historyKeys = asJsonObject(data.historyKeys, 'run history keys');
      this.loaded = true;
    }
  }

  /** `[entity, project, runId]`, as in the Python client. */
  get path(): [string, string, string] {
    return [this.entity, this.project, this.name];
  }

  /** The run's page in the W&B app. */
  get url(): string {
    const part = (s: string) => encodeURIComponent(s);
    return `${this.ctx.appUrl}/${part(this.entity)}/${part(this.project)}/runs/${part(this.name)}`;
  }

  /** The last step logged to history, or `undefined` for a run without history or not loaded. */
  get lastHistoryStep(): number | undefined {
    const last = this.historyKeys.lastStep;
    return typeof last === 'number' ? last : undefined;
  }

  // ── artifacts area: loggedArtifacts(), usedArtifacts() ──

  /** The artifact versions this run logged, as a lazy collection. */
  loggedArtifacts(options: RunArtifactsOptions = {}): RunArtifacts {
    return new RunArtifacts(this.ctx, this, 'logged', options);
  }

  /** The artifact versions this run used, as a lazy collection. */
  usedArtifacts(options: RunArtifactsOptions = {}): RunArtifacts {
    return new RunArtifacts(this.ctx, this, 'used', options);
  }
}
