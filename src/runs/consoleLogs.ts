import {
  RunConsoleLogPageDocument,
  RunConsoleLogTailDocument,
  type LogLineFieldsFragment,
  type RunConsoleLogPageQuery,
} from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, describeValue } from '../client/errors';
import { checkPageSize, Paginator, type PaginatorOptions } from '../client/paginator';

/** One line of a run's captured console output. */
export interface ConsoleLogLine {
  /** Position of the line in the run's log, from 0. */
  readonly number: number;
  /** When the line was captured (UTC); `undefined` when W&B recorded no time or one it could not read. */
  readonly timestamp: Date | undefined;
  /** `error` for a line written to stderr, empty otherwise. */
  readonly level: string;
  /** The writer of the line when several processes write to one run (their `x_label`), empty otherwise. */
  readonly label: string;
  /** The text of the line. */
  readonly content: string;
}

/** Options of `run.consoleLogs()`. */
export interface ConsoleLogsOptions extends PaginatorOptions {
  /** Lines per request when reading from the start. @defaultValue 1000 */
  perPage?: number;
  /**
   * Only the last `last` lines, in one request (W&B caps how many one request returns: a larger
   * tail comes back cut to the newest lines). Reading from the start needs W&B server 0.77 or
   * newer; older servers answer the tail only.
   */
  last?: number;
}

/** Parses W&B's timestamp, which may lack its zone (it is UTC) and carry more than millisecond digits. */
export function parseLogTimestamp(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const [, base, fraction = '', zone = 'Z'] = match;
  const date = new Date(`${base!.replace(' ', 'T')}.${fraction.slice(0, 3).padEnd(3, '0')}${zone.toUpperCase()}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** @internal A `ConsoleLogLine` from the wire form. */
export function toConsoleLogLine(node: LogLineFieldsFragment): ConsoleLogLine {
  return {
    number: node.number ?? 0,
    timestamp: parseLogTimestamp(node.timestamp),
    level: node.level ?? '',
    label: node.label ?? '',
    content: node.line ?? '',
  };
}

/** @internal A run's console log lines, oldest first, as a lazy collection. */
export function listConsoleLogs(
  ctx: SdkContext,
  run: { entity: string; project: string; name: string },
  options: ConsoleLogsOptions,
): Paginator<ConsoleLogLine> {
  const { last } = options;
  if (last !== undefined && (typeof last !== 'number' || !Number.isInteger(last) || last < 1))
    throw new InvalidArgumentError('last', `last must be a positive whole number of lines, got ${describeValue(last)}`);
  const perPage = checkPageSize(options.perPage, 1000);
  const variables = { entity: run.entity, project: run.project, runName: run.name };
  const notFound = (operation: string) => new NotFoundError(`Run ${run.entity}/${run.project}/${run.name} was not found`, { operation });
  return new Paginator<ConsoleLogLine>(
    async (cursor, signal) => {
      const call = signal ? { signal } : {};
      if (last !== undefined) {
        const data = await ctx.transport.execute(RunConsoleLogTailDocument, { ...variables, last }, call);
        const found = data.project?.run;
        if (!found) throw notFound('RunConsoleLogTail');
        // A tail is one request: no cursor to go on from.
        const items = (found.logLines?.edges ?? []).map((edge) => toConsoleLogLine(edge.node));
        return { items, endCursor: null, hasNextPage: false, totalCount: items.length };
      }
      const data: RunConsoleLogPageQuery = await ctx.transport.execute(
        RunConsoleLogPageDocument,
        { ...variables, first: perPage, after: cursor },
        call,
      );
      const found = data.project?.run;
      if (!found) throw notFound('RunConsoleLogPage');
      const lines = found.logLines;
      const items = (lines?.edges ?? []).map((edge) => toConsoleLogLine(edge.node));
      // A next page without a cursor would restart the log from the top: stop instead.
      const endCursor = lines?.pageInfo.endCursor ?? null;
      const hasNextPage = Boolean(lines?.pageInfo.hasNextPage && endCursor);
      return { items, endCursor, hasNextPage, ...(typeof found.logLineCount === 'number' ? { totalCount: found.logLineCount } : {}) };
    },
    options,
    'console log',
  );
}
