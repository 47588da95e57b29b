import { ArtifactFilesDocument, type ArtifactFilesQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import type { Artifact } from './Artifact';
import { ArtifactFile } from './ArtifactFile';

/** Options of `artifact.files()`. */
export interface ArtifactFilesOptions extends PaginatorOptions {
  /** Only these paths. */
  names?: string[];
  /** Files per request. @defaultValue 50 */
  perPage?: number;
}

/** The files of an artifact version, as a lazy collection. */
export class ArtifactFiles extends Paginator<ArtifactFile> {
  /** `[entity, project, name]` of the artifact, as in Python (`name` is `collection:vN`). */
  readonly path: [string, string, string];
  declare protected readonly ctx: SdkContext;

  /** @internal Built by `artifact.files()`; not for direct use. */
  constructor(ctx: SdkContext, artifact: Artifact, options: ArtifactFilesOptions = {}) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    const names = options.names ?? null;
    if (names !== null && (!Array.isArray(names) || Array.from(names).some((n) => typeof n !== 'string')))
      throw new InvalidArgumentError('names', 'names must be an array of paths');
    super(
      async (cursor, signal) => {
        const data: ArtifactFilesQuery = await ctx.transport.execute(
          ArtifactFilesDocument,
          {
            entity: artifact.entity,
            project: artifact.project,
            collection: artifact.collectionName,
            version: artifact.version,
            names,
            first: perPage,
            after: cursor,
          },
          signal ? { signal } : {},
        );
        const files = data.project?.artifactCollection?.artifactMembership?.files;
        if (!files) throw new NotFoundError(`Artifact ${artifact.qualifiedName} was not found`, { operation: 'ArtifactFiles' });
        return pageOf(files, (node) => new ArtifactFile(ctx, node), { totalCount: files.totalCount });
      },
      options,
      'artifact files',
    );
    this.path = [artifact.entity, artifact.project, artifact.name];
    attachContext(this, ctx);
  }
}
