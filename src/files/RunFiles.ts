import { RunFilesDocument, type RunFilesQuery } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import type { RunRef } from '../history/history';
import { RunFile } from './RunFile';

/** Options of `run.files()`. */
export interface RunFilesOptions extends PaginatorOptions {
  /** Only files with these exact names. */
  names?: readonly string[];
  /** Only files whose name matches this MySQL LIKE pattern (`%.json`); not with `names`. */
  pattern?: string;
  /** Files per request. @defaultValue 200 */
  perPage?: number;
}

/** A run's files, as a lazy collection; `length()` is W&B's count of the run's files. */
export class RunFiles extends Paginator<RunFile> {
  /** @internal Built by `run.files()`. */
  constructor(ctx: SdkContext, run: RunRef, options: RunFilesOptions = {}) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 200);
    if (options.names !== undefined && (!Array.isArray(options.names) || Array.from(options.names).some((n) => typeof n !== 'string' || n === ''))) {
      throw new InvalidArgumentError('names', 'names must be a list of file names');
    }
    const names = options.names === undefined ? undefined : [...options.names];
    if (options.pattern !== undefined && typeof options.pattern !== 'string') throw new InvalidArgumentError('pattern', 'pattern must be a string');
    if (names?.length && options.pattern) throw new InvalidArgumentError('pattern', 'Give either names or pattern, not both');
    super(
      async (cursor, signal) => {
        const data: RunFilesQuery = await ctx.transport.execute(
          RunFilesDocument,
          { ...run, names: names ?? [], pattern: options.pattern ?? null, first: perPage, after: cursor, withCount: cursor === null },
          signal ? { signal } : {},
        );
        const found = data.project?.run;
        if (!found) throw new NotFoundError(`Run ${run.entity}/${run.project}/${run.name} was not found`, { operation: 'RunFiles' });
        // The run's fileCount counts all its files, not those a selection keeps.
        const selected = Boolean(names?.length || options.pattern);
        return pageOf(found.files, (node) => new RunFile(ctx, node, found.projectId), { totalCount: selected ? undefined : found.fileCount });
      },
      options,
      'run files list',
    );
  }
}
