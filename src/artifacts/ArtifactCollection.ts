import {
  AddArtifactCollectionTagsDocument,
  ArtifactCollectionAliasesDocument,
  ArtifactCollectionByIdDocument,
  DeleteArtifactCollectionTagsDocument,
  DeleteArtifactPortfolioDocument,
  DeleteArtifactSequenceDocument,
  MoveArtifactSequenceDocument,
  UpdateArtifactPortfolioDocument,
  UpdateArtifactSequenceDocument,
  type ArtifactCollectionAliasesQuery,
  type ArtifactCollectionFieldsFragment,
} from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import type { CallOptions } from '../client/transport';
import { Artifacts, type ArtifactsOptions } from './Artifacts';
import { checkArtifactName, checkArtifactType, checkList, checkTag } from './names';

/** Options of `collection.aliases()`. */
export interface CollectionAliasesOptions extends PaginatorOptions {
  /** Aliases per request. @defaultValue 1000 */
  perPage?: number;
}

/**
 * A named group of artifact versions: a sequence (where a run logs versions) or a portfolio
 * (where versions are linked, as in a registry). `name`, `description`, `tags` and, for a
 * sequence, `type` are editable; `save()` sends what changed.
 */
export class ArtifactCollection {
  /** GraphQL node id. */
  readonly id: string;
  readonly entity: string;
  readonly project: string;
  /** GraphQL node id of the collection's project. */
  readonly projectId: string;
  /** W&B's internal id of the collection's project, as the server encodes it, when it sent one. */
  readonly projectInternalId: string | undefined;
  /** The collection's name. Editable. */
  name: string;
  description: string | undefined;
  /** Tags of the collection. Editable. */
  tags: string[];
  /** Type of the artifacts in the collection. Editable for sequences. */
  type: string;
  /** `READY` or `DELETED`. */
  readonly state: string;
  readonly createdAt: Date;
  updatedAt: Date;
  /** `ArtifactSequence` or `ArtifactPortfolio`, as W&B names them. */
  readonly kind: 'ArtifactSequence' | 'ArtifactPortfolio';

  declare protected readonly ctx: SdkContext;
  #saved: { name: string; description: string | undefined; tags: string[]; type: string };

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: ArtifactCollectionFieldsFragment) {
    attachContext(this, ctx);
    this.id = data.id;
    this.kind = data.__typename;
    this.entity = data.project.entityName;
    this.project = data.project.name;
    this.projectId = data.project.id;
    this.projectInternalId = data.project.internalId || undefined;
    this.name = data.name;
    this.description = data.description ?? undefined;
    this.tags = data.tags.edges.map((e) => e.node.name);
    this.type = data.defaultArtifactType.name;
    this.state = data.state;
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt) ?? this.createdAt;
    this.#saved = { name: this.name, description: this.description, tags: [...this.tags], type: this.type };
  }

  /**
   * Fetches the collection again and replaces its fields with the server's current values;
   * unsaved local changes to `name`, `description`, `tags` and `type` are dropped.
   * @returns this collection
   * @throws {@link NotFoundError} when the collection no longer exists.
   */
  async load(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(ArtifactCollectionByIdDocument, { id: this.id }, options);
    if (!data.artifactCollection) throw new NotFoundError(`Artifact collection ${this.path} was not found`, { operation: 'ArtifactCollectionById' });
    const fresh = new ArtifactCollection(this.ctx, data.artifactCollection);
    Object.assign(this, fresh);
    this.#saved = fresh.#saved;
    return this;
  }

  /** Whether this is a sequence (versions logged to it) rather than a portfolio (versions linked to it). */
  isSequence(): boolean {
    return this.kind === 'ArtifactSequence';
  }

  /** `entity/project/name`. */
  get path(): string {
    return `${this.entity}/${this.project}/${this.#saved.name}`;
  }

  /** The versions of the collection, newest first, as a lazy collection. */
  artifacts(options: ArtifactsOptions = {}): Artifacts {
    return new Artifacts(
      this.ctx,
      { entity: this.entity, project: this.project, type: this.#saved.type, collection: this.#saved.name },
      optionsOf(options),
    );
  }

  /** The aliases used in the collection (`latest`, `production`, ...), as a lazy collection. */
  aliases(options: CollectionAliasesOptions = {}): Paginator<string> {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 1000);
    return new Paginator<string>(
      async (cursor, signal) => {
        const data: ArtifactCollectionAliasesQuery = await this.ctx.transport.execute(
          ArtifactCollectionAliasesDocument,
          { id: this.id, first: perPage, after: cursor },
          signal ? { signal } : {},
        );
        const aliases = data.artifactCollection?.aliases;
        if (!aliases) throw new NotFoundError(`Artifact collection ${this.path} was not found`, { operation: 'ArtifactCollectionAliases' });
        return pageOf(aliases, (node) => node.alias);
      },
      options,
      'collection aliases',
    );
  }

  /**
   * Sends the changes made to `name`, `description`, `tags` and `type`.
   * @throws {@link InvalidArgumentError} for invalid values, or a type change of a portfolio, before anything is sent
   */
  async save(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const saved = this.#saved;
    const name = checkArtifactName(this.name, 'name', 'collection name');
    const tags = checkList(this.tags, 'tags', checkTag);
    if (this.description !== undefined && typeof this.description !== 'string')
      throw new InvalidArgumentError('description', 'description must be a string');
    const typeChanged = this.type !== saved.type;
    if (typeChanged) {
      if (!this.isSequence()) throw new InvalidArgumentError('type', `The type of ${this.path} cannot change: only a sequence's type can`);
      checkArtifactType(this.type, 'type', { allowReserved: false });
      checkArtifactType(saved.type, 'type', { allowReserved: false });
    }
    if (name !== saved.name || this.description !== saved.description) {
      const fields = { name, description: this.description ?? null };
      if (this.isSequence())
        await this.ctx.transport.execute(UpdateArtifactSequenceDocument, { input: { artifactSequenceID: this.id, ...fields } }, options);
      else await this.ctx.transport.execute(UpdateArtifactPortfolioDocument, { input: { artifactPortfolioID: this.id, ...fields } }, options);
      saved.name = name;
      saved.description = this.description;
    }
    if (typeChanged) {
      await this.ctx.transport.execute(
        MoveArtifactSequenceDocument,
        { input: { artifactSequenceID: this.id, destinationArtifactTypeName: this.type } },
        options,
      );
      saved.type = this.type;
    }
    const target = { entityName: this.entity, projectName: this.project, artifactCollectionName: saved.name };
    const added = tags.filter((t) => !saved.tags.includes(t));
    const removed = saved.tags.filter((t) => !tags.includes(t));
    if (added.length)
      await this.ctx.transport.execute(
        AddArtifactCollectionTagsDocument,
        { input: { ...target, tags: added.map((tagName) => ({ tagName })) } },
        options,
      );
    if (removed.length)
      await this.ctx.transport.execute(
        DeleteArtifactCollectionTagsDocument,
        { input: { ...target, tags: removed.map((tagName) => ({ tagName })) } },
        options,
      );
    saved.tags = tags;
    this.tags = [...tags];
    return this;
  }

  /**
   * Moves a sequence to another artifact type.
   * @deprecated Set `type` and call `save()`, as in Python.
   */
  async changeType(type: string, options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    checkArtifactType(type, 'type', { allowReserved: false });
    if (!this.isSequence()) throw new InvalidArgumentError('type', `The type of ${this.path} cannot change: only a sequence's type can`);
    checkArtifactType(this.#saved.type, 'type', { allowReserved: false });
    await this.ctx.transport.execute(
      MoveArtifactSequenceDocument,
      { input: { artifactSequenceID: this.id, destinationArtifactTypeName: type } },
      options,
    );
    this.type = type;
    this.#saved.type = type;
  }

  /** Deletes the collection (for a sequence, with all its versions). */
  async delete(options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    if (this.isSequence()) await this.ctx.transport.execute(DeleteArtifactSequenceDocument, { input: { artifactSequenceID: this.id } }, options);
    else await this.ctx.transport.execute(DeleteArtifactPortfolioDocument, { input: { artifactPortfolioID: this.id } }, options);
  }
}
