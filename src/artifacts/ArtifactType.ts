import { ProjectArtifactCollectionDocument, ProjectArtifactTypeDocument, type ArtifactTypeFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';
import { ArtifactCollection } from './ArtifactCollection';
import { ArtifactCollections, type ArtifactCollectionsOptions } from './ArtifactCollections';
import { checkArtifactName } from './names';

/** An artifact type of a project (`dataset`, `model`, ...), and the way to its collections. */
export class ArtifactType {
  /** GraphQL node id. */
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly createdAt: Date;
  readonly entity: string;
  readonly project: string;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, entity: string, project: string, data: ArtifactTypeFieldsFragment) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name;
    this.description = data.description ?? undefined;
    this.createdAt = parseDate(data.createdAt);
    this.entity = entity;
    this.project = project;
  }

  /**
   * Fetches the type again and replaces its fields with the server's current values.
   * @returns this type
   * @throws {@link NotFoundError} when the project no longer has this type.
   */
  async load(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(
      ProjectArtifactTypeDocument,
      { entity: this.entity, project: this.project, type: this.name },
      options,
    );
    const type = data.project?.artifactType;
    if (!type) throw new NotFoundError(`No artifact type ${this.name} in ${this.entity}/${this.project}`, { operation: 'ProjectArtifactType' });
    Object.assign(this, new ArtifactType(this.ctx, this.entity, this.project, type));
    return this;
  }

  /** The collections of this type, as a lazy collection. */
  collections(options: ArtifactCollectionsOptions = {}): ArtifactCollections {
    return new ArtifactCollections(this.ctx, { entity: this.entity, project: this.project, type: this.name }, optionsOf(options));
  }

  /**
   * One collection of this type.
   * @throws {@link NotFoundError} when there is none of that name and type
   */
  async collection(name: string, options: CallOptions = {}): Promise<ArtifactCollection> {
    options = optionsOf(options);
    checkArtifactName(name, 'name', 'collection name');
    const data = await this.ctx.transport.execute(
      ProjectArtifactCollectionDocument,
      { entity: this.entity, project: this.project, type: this.name, name },
      options,
    );
    const collection = data.project?.artifactType?.artifactCollection;
    if (!collection)
      throw new NotFoundError(`No ${this.name} collection ${this.entity}/${this.project}/${name}`, { operation: 'ProjectArtifactCollection' });
    return new ArtifactCollection(this.ctx, collection);
  }
}
