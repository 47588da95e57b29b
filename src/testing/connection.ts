import type { ProjectRunsArgs } from '../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { base64, unbase64 } from './ids';

/** Relay arguments the fake honours: those of every paginated field (here a project's `runs`). */
export type ConnectionArgs = Pick<ProjectRunsArgs, 'first' | 'after'>;

/** A Relay connection as the fake answers it. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
  totalCount: number;
}

/** Largest page the fake hands out, as a server would cap it. */
export const MAX_PAGE_SIZE = 10_000;

function cursorFor(index: number, key: string): string {
  return base64(`cursor:${index}:${key}`);
}

/**
 * Slices `items` after the cursor `after`. A cursor names the item it follows, so inserts and
 * deletes elsewhere in the list neither repeat nor skip items.
 */
export function connection<T>(items: readonly T[], args: ConnectionArgs, keyOf: (item: T) => string): Connection<T> {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 0) throw new GraphQLError(`first must be a non-negative integer, got ${first}`);
  let start = 0;
  if (args.after) {
    const decoded = unbase64(args.after);
    const match = decoded ? /^cursor:(\d+):(.*)$/s.exec(decoded) : null;
    if (!match) throw new GraphQLError(`invalid cursor: ${args.after}`);
    const index = Number(match[1]);
    const key = match[2] as string;
    const item = items[index];
    const at = item !== undefined && keyOf(item) === key ? index : items.findIndex((i) => keyOf(i) === key);
    // A deleted item's cursor still marks its place: continue from where it stood.
    start = at >= 0 ? at + 1 : Math.min(index, items.length);
  }
  const slice = items.slice(start, start + Math.min(first, MAX_PAGE_SIZE));
  const edges = slice.map((node, i) => ({ cursor: cursorFor(start + i, keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? args.after ?? null,
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
    },
    totalCount: items.length,
  };
}
