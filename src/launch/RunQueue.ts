import {
  DeleteRunQueueDocument,
  RunQueueItemsDocument,
  RunQueueResourceConfigDocument,
  type RunQueueFieldsFragment,
  type RunQueueItemsQuery,
} from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError, ServerError } from '../client/errors';
import { asJsonObject, parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import { checkName } from '../client/paths';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import type { CallOptions } from '../client/transport';
import { getRunQueueItem, QueuedRun } from './QueuedRun';

/** A queue's default resource config: where and how its runs execute. */
export interface RunQueueResourceConfig {
  readonly id: string;
  /** `local-container`, `local-process`, `kubernetes`, `sagemaker` or `gcp-vertex`. */
  readonly resource: string;
  /** The stored config, `{ resource_args: { <resource>: {...} } }`. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Template variables the config may use as `{{name}}`, with their JSON schemas. */
  readonly templateVariables: ReadonlyArray<{ readonly name: string; readonly schema: unknown }>;
  readonly createdAt: Date;
  readonly updatedAt: Date | undefined;
}

/** Options of `runQueue.items()`. */
export interface RunQueueItemsOptions extends PaginatorOptions {
  /** Items per request. @defaultValue 100 */
  perPage?: number;
}

/** A W&B Launch run queue. */
export class RunQueue {
  /** GraphQL node id. */
  readonly id: string;
  readonly name: string;
  readonly entity: string;
  /** The project that holds the queue (`model-registry` for queues made by W&B's tools). */
  readonly project: string;
  /** `PROJECT` (the team's) or `USER`. */
  readonly access: string;
  /** `V0` when items are ordered by priority; `DISABLED` or `undefined` otherwise. */
  readonly prioritizationMode: string | undefined;
  /** Id of the queue's default resource config. */
  readonly defaultResourceConfigId: string | undefined;
  /** Links shown with the queue, by label. */
  readonly externalLinks: Readonly<Record<string, string>>;
  readonly createdAt: Date | undefined;
  readonly updatedAt: Date | undefined;
  /** Problems the server found in the resource config when the queue was last written by this client. */
  readonly configWarnings: readonly string[];

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    entity: string,
    project: string,
    data: Pick<RunQueueFieldsFragment, 'id' | 'name' | 'access' | 'prioritizationMode' | 'defaultResourceConfigID' | 'externalLinks'> &
      Partial<Pick<RunQueueFieldsFragment, 'createdAt' | 'updatedAt'>>,
    configWarnings: readonly string[] = [],
  ) {
    attachContext(this, ctx);
    this.entity = entity;
    this.project = project;
    this.id = data.id;
    this.name = data.name;
    this.access = data.access;
    this.prioritizationMode = data.prioritizationMode ?? undefined;
    this.defaultResourceConfigId = data.defaultResourceConfigID ?? undefined;
    this.externalLinks = linksOf(data.externalLinks);
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt);
    this.configWarnings = [...configWarnings];
  }

  /**
   * The queue's default resource config (`type`, config and template variables in Python).
   * @throws {@link NotFoundError} when the queue has none.
   */
  async resourceConfig(options: CallOptions = {}): Promise<RunQueueResourceConfig> {
    options = optionsOf(options);
    const id = this.defaultResourceConfigId;
    if (!id) throw new NotFoundError(`Run queue ${this.entity}/${this.name} has no default resource config`);
    const data = await this.ctx.transport.execute(RunQueueResourceConfigDocument, { entity: this.entity, id }, options);
    const config = data.entity?.defaultResourceConfig;
    if (!config)
      throw new NotFoundError(`Resource config ${id} of run queue ${this.entity}/${this.name} was not found`, {
        operation: 'RunQueueResourceConfig',
      });
    return {
      id: config.id,
      resource: config.resource,
      config: asJsonObject(config.config, 'resource config'),
      templateVariables: (config.templateVariables ?? []).map((v) => ({ name: v.name, schema: v.schema })),
      createdAt: parseDate(config.createdAt),
      updatedAt: parseDate(config.updatedAt),
    };
  }

  /**
   * The resource the queue's runs execute on (Python's `queue.type`): `local-container`,
   * `local-process`, `kubernetes`, `sagemaker` or `gcp-vertex`. One request, as {@link resourceConfig}.
   * @throws {@link NotFoundError} when the queue has no default resource config.
   */
  async type(options: CallOptions = {}): Promise<string> {
    return (await this.resourceConfig(options)).resource;
  }

  /**
   * The queue's default resource config, `{ resource_args: { <resource>: {...} } }` (Python's
   * `queue.default_resource_config`). One request, as {@link resourceConfig}.
   * @throws {@link NotFoundError} when the queue has no default resource config.
   */
  async defaultResourceConfig(options: CallOptions = {}): Promise<Readonly<Record<string, unknown>>> {
    return (await this.resourceConfig(options)).config;
  }

  /**
   * The template variables the queue's config may use, with their JSON schemas (Python's
   * `queue.template_variables`). One request, as {@link resourceConfig}.
   * @throws {@link NotFoundError} when the queue has no default resource config.
   */
  async templateVariables(options: CallOptions = {}): Promise<RunQueueResourceConfig['templateVariables']> {
    return (await this.resourceConfig(options)).templateVariables;
  }

  /** The queue's items (queued runs), as a lazy collection. */
  items(options: RunQueueItemsOptions = {}): Paginator<QueuedRun> {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 100);
    const { ctx, entity, project, name } = this;
    const place = { entity, project, queueName: name, projectQueue: project };
    return new Paginator<QueuedRun>(
      async (cursor, signal) => {
        const data: RunQueueItemsQuery = await ctx.transport.execute(
          RunQueueItemsDocument,
          { entity, project, queue: name, first: perPage, after: cursor },
          signal ? { signal } : {},
        );
        const items = data.project?.runQueue?.runQueueItems;
        if (!items) throw new NotFoundError(`Run queue ${entity}/${name} was not found`, { operation: 'RunQueueItems' });
        return pageOf(items, (node) => new QueuedRun(ctx, place, node));
      },
      options,
      'run queue items list',
    );
  }

  /**
   * One item of the queue.
   * @throws {@link NotFoundError} when the queue has no such item.
   */
  async item(id: string, options: CallOptions = {}): Promise<QueuedRun> {
    options = optionsOf(options);
    checkName(id, 'queue item id', 'id');
    return getRunQueueItem(this.ctx, { entity: this.entity, project: this.project, queueName: this.name, projectQueue: this.project }, id, options);
  }

  /** Deletes the queue (admins of its entity only). */
  async delete(options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(DeleteRunQueueDocument, { id: this.id }, options);
    if (!data.deleteRunQueues?.success)
      throw new ServerError(`The server did not delete run queue ${this.entity}/${this.name}`, { operation: 'DeleteRunQueue' });
  }
}

/** W&B stores links as `{ links: [{ label, url }] }`; users see `{ label: url }`. */
function linksOf(value: unknown): Record<string, string> {
  const stored = asJsonObject(value, 'run queue links');
  const out: Record<string, string> = {};
  for (const link of Array.isArray(stored.links) ? stored.links : []) {
    if (link && typeof link === 'object' && typeof link.label === 'string' && typeof link.url === 'string') out[link.label] = link.url;
  }
  return out;
}
