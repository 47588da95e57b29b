import { DeleteQueuedRunDocument, RunDocument, RunQueueItemDocument, type QueuedRunFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, ServerError, TimeoutError, describeValue } from '../client/errors';
import { asJsonObject, parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import { checkName } from '../client/paths';
import { abortErrorFrom, sleep } from '../client/retry';
import { requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';
import { Run } from '../runs/Run';
import { LAUNCH_PROJECT, RUN_QUEUES_FEATURE } from './constants';

/** Options of `queuedRun.waitUntilRunning()` and `waitUntilFinished()`. */
export interface WaitOptions {
  /** Cancels the wait; it then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds to wait in all before a `TimeoutError`. @defaultValue no limit */
  timeout?: number;
  /** Milliseconds between two looks at the server. @defaultValue 2000 */
  pollInterval?: number;
}

/** Run states W&B reports while a run has not ended. */
const UNFINISHED = new Set(['running', 'pending', 'preempting']);

/** Where a queued run is: its queue, and the project its run goes to. */
export interface QueuedRunPlace {
  readonly entity: string;
  /** The project the run is launched into. */
  readonly project: string;
  readonly queueName: string;
  /** The project that holds the queue. */
  readonly projectQueue: string;
}

/** An item of a Launch run queue: a run waiting for (or started by) a Launch agent. */
export class QueuedRun {
  /** The item's id in its queue. */
  readonly id: string;
  readonly entity: string;
  readonly project: string;
  readonly queueName: string;
  readonly projectQueue: string;
  /** `pending`, `leased`, `claimed` or `failed` (lower case, as the Python client gives it). */
  readonly state: string;
  /** Id of the run the item started, once an agent claimed it. */
  readonly runId: string | undefined;
  readonly launchAgentId: string | undefined;
  /** What to launch (job, overrides, resource, ...), as W&B stores it. */
  readonly runSpec: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
  readonly updatedAt: Date | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api` or a `RunQueue`; not for direct use. */
  constructor(ctx: SdkContext, place: QueuedRunPlace, data: QueuedRunFieldsFragment) {
    attachContext(this, ctx);
    this.entity = place.entity;
    this.project = place.project;
    this.queueName = place.queueName;
    this.projectQueue = place.projectQueue;
    this.id = data.id;
    this.state = data.state.toLowerCase();
    this.runId = data.associatedRunId ?? undefined;
    this.launchAgentId = data.launchAgentId ?? undefined;
    this.runSpec = asJsonObject(data.runSpec, 'run spec');
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt);
  }

  private get place(): QueuedRunPlace {
    return { entity: this.entity, project: this.project, queueName: this.queueName, projectQueue: this.projectQueue };
  }

  /**
   * The item as the server has it now.
   * @throws {@link NotFoundError} when the queue or the item is gone.
   */
  async reload(options: CallOptions = {}): Promise<QueuedRun> {
    return getRunQueueItem(this.ctx, this.place, this.id, optionsOf(options));
  }

  /**
   * Waits until an agent has started the item's run, and returns the run.
   * @throws {@link TimeoutError} when `timeout` ran out first; {@link ServerError} when the item failed.
   */
  async waitUntilRunning(options: WaitOptions = {}): Promise<Run> {
    options = optionsOf(options);
    const { poll, remaining } = waiter(options, `Queued run ${this.id}`);
    for (;;) {
      const item = await getRunQueueItem(this.ctx, this.place, this.id, remaining());
      if (item.runId) {
        const run = await findRun(this.ctx, this.entity, this.project, item.runId, remaining());
        if (run) return run;
      } else if (item.state === 'failed') {
        throw new ServerError(`Queued run ${this.id} on queue ${this.queueName} failed before its run started`);
      }
      await poll();
    }
  }

  /** Waits until the item's run has ended (finished, crashed, failed, ...), and returns it with its summary. */
  async waitUntilFinished(options: WaitOptions = {}): Promise<Run> {
    options = optionsOf(options);
    const { poll, remaining } = waiter(options, `Queued run ${this.id}`);
    let run = await this.waitUntilRunning({ ...options, ...remainingTimeout(remaining()) });
    while (UNFINISHED.has(run.state ?? 'running')) {
      await poll();
      run = (await findRun(this.ctx, this.entity, this.project, run.name, remaining())) ?? run;
    }
    return run;
  }

  /** Removes the item from its queue. */
  async delete(options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    const { entity, projectQueue, queueName } = this;
    const data = await this.ctx.transport.execute(RunQueueItemDocument, { entity, project: projectQueue, queue: queueName, id: this.id }, options);
    const queueId = data.project?.runQueue?.id;
    if (!queueId) throw new NotFoundError(`Run queue ${entity}/${queueName} was not found`, { operation: 'RunQueueItem' });
    const result = await this.ctx.transport.execute(DeleteQueuedRunDocument, { queueId, itemId: this.id }, options);
    if (!result.deleteFromRunQueue?.success)
      throw new ServerError(`The server did not delete queued run ${this.id}`, { operation: 'DeleteQueuedRun' });
  }
}

function remainingTimeout(options: CallOptions): { timeout?: number } {
  return options.timeout !== undefined ? { timeout: options.timeout } : {};
}

/** Poll pacing and the per-request options left under an overall deadline. */
function waiter(options: WaitOptions, what: string): { poll: () => Promise<void>; remaining: () => CallOptions } {
  const interval = options.pollInterval ?? 2000;
  if (typeof interval !== 'number' || !Number.isFinite(interval) || interval < 0) {
    throw new InvalidArgumentError('pollInterval', `pollInterval must be a number of milliseconds >= 0, got ${describeValue(interval)}`);
  }
  if (options.timeout !== undefined && (typeof options.timeout !== 'number' || !(options.timeout > 0))) {
    throw new InvalidArgumentError('timeout', `timeout must be a number of milliseconds > 0, got ${describeValue(options.timeout)}`);
  }
  const deadline = options.timeout === undefined ? undefined : Date.now() + options.timeout;
  const { signal } = options;
  const left = () => (deadline === undefined ? undefined : deadline - Date.now());
  return {
    remaining: () => {
      const ms = left();
      if (ms !== undefined && ms <= 0) throw new TimeoutError(`${what} did not get there within ${options.timeout} ms`);
      return { ...(signal ? { signal } : {}), ...(ms !== undefined ? { timeout: ms } : {}) };
    },
    poll: async () => {
      const ms = left();
      if (ms !== undefined && ms <= interval) throw new TimeoutError(`${what} did not get there within ${options.timeout} ms`);
      if (signal?.aborted) throw abortErrorFrom(signal);
      await sleep(interval, signal);
    },
  };
}

async function findRun(ctx: SdkContext, entity: string, project: string, name: string, options: CallOptions): Promise<Run | null> {
  const data = await ctx.transport.execute(RunDocument, { entity, project, name }, options);
  const run = data.project?.run;
  return run ? new Run(ctx, entity, project, run) : null;
}

/** One item of a queue, as a queued run. */
export async function getRunQueueItem(ctx: SdkContext, place: QueuedRunPlace, id: string, options: CallOptions): Promise<QueuedRun> {
  const data = await ctx.transport.execute(
    RunQueueItemDocument,
    { entity: place.entity, project: place.projectQueue, queue: place.queueName, id },
    options,
  );
  const queue = data.project?.runQueue;
  if (!queue) throw new NotFoundError(`Run queue ${place.entity}/${place.queueName} was not found`, { operation: 'RunQueueItem' });
  if (!queue.runQueueItem) throw new NotFoundError(`Run queue ${place.entity}/${place.queueName} has no item ${id}`, { operation: 'RunQueueItem' });
  return new QueuedRun(ctx, place, queue.runQueueItem);
}

/** Options of `api.queuedRun()`. */
export interface QueuedRunOptions extends CallOptions {
  /** The project that holds the queue. @defaultValue `'model-registry'` */
  projectQueue?: string;
}

/** `api.queuedRun()`: checks the arguments, then fetches the item. */
export async function getQueuedRun(
  ctx: SdkContext,
  entity: string,
  project: string,
  queueName: string,
  itemId: string,
  options: QueuedRunOptions,
): Promise<QueuedRun> {
  const { projectQueue = LAUNCH_PROJECT, ...callOptions } = options;
  checkName(entity, 'entity');
  checkName(project, 'project');
  checkName(projectQueue, 'project', 'projectQueue');
  if (typeof queueName !== 'string' || !queueName) throw new InvalidArgumentError('queueName', 'queueName must be a non-empty string');
  checkName(itemId, 'queue item id', 'itemId');
  return requireServerSupport(RUN_QUEUES_FEATURE, () => getRunQueueItem(ctx, { entity, project, queueName, projectQueue }, itemId, callOptions));
}
