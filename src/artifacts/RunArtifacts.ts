import { RunInputArtifactsDocument, RunOutputArtifactsDocument, type RunOutputArtifactsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { Artifact } from './Artifact';

/** Options of `run.loggedArtifacts()` and `run.usedArtifacts()`. */
export interface RunArtifactsOptions extends PaginatorOptions {
  /** Artifacts per request. @defaultValue 100 */
  perPage?: number;
}

/** The artifacts a run logged (`logged`) or used (`used`), as a lazy collection. */
export class RunArtifacts extends Paginator<Artifact> {
  declare protected readonly ctx: SdkContext;

  /** @internal Built by `Run`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly run: { readonly entity: string; readonly project: string; readonly name: string },
    readonly mode: 'logged' | 'used',
    options: RunArtifactsOptions = {},
  ) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 100);
    const document = mode === 'logged' ? RunOutputArtifactsDocument : RunInputArtifactsDocument;
    const operation = mode === 'logged' ? 'RunOutputArtifacts' : 'RunInputArtifacts';
    super(
      async (cursor, signal) => {
        // Both queries select the same shape; only the connection they read differs.
        const data = (await ctx.transport.execute(
          document,
          { entity: run.entity, project: run.project, run: run.name, first: perPage, after: cursor },
          signal ? { signal } : {},
        )) as RunOutputArtifactsQuery;
        const runData = data.project?.run;
        if (!runData) throw new NotFoundError(`Run ${run.entity}/${run.project}/${run.name} was not found`, { operation });
        const connection = runData.artifacts;
        return pageOf(connection, (node) => new Artifact(ctx, node), { totalCount: connection?.totalCount });
      },
      options,
      mode === 'logged' ? 'logged artifacts' : 'used artifacts',
    );
    attachContext(this, ctx);
  }
}
