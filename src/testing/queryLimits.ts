import {
  getNamedType,
  isCompositeType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Depth and cost limits for the queries the fake executes, as a real GraphQL server has them: a
 * short query that nests `runs → project → runs → ...` asks for the product of the page sizes, and
 * without a limit one request of a few hundred bytes takes minutes and gigabytes to answer. Each
 * query is measured before it runs; one past a limit is refused with a 400 and a GraphQL error
 * (code `GRAPHQL_VALIDATION_FAILED`, as validation errors have), which W&B clients report as a
 * rejected request.
 */

/** The limits of one fake. */
export interface QueryLimits {
  /** Deepest nesting of fields. */
  readonly maxDepth: number;
  /** Most fields the answer may have: each field counts once per item of every list it is inside. */
  readonly maxCost: number;
}

/** Limits that every operation of the SDK passes with room to spare, even at 10 000 items a page. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 5_000_000 };

/** Items a paginated field is taken to return when the query gives no `first`: the page size W&B (and the fake) use then. */
const UNBOUNDED_PAGE = 50;
/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'samples', 'limit'];

function numberFrom(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === 'IntValue') return Number(value.value);
  if (value.kind === 'Variable') {
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isFinite(given) ? given : undefined;
  }
  return undefined;
}

class TooComplex {
  constructor(readonly message: string) {}
}

/**
 * Measures one operation against the limits.
 * @returns the 400 answer for an operation past a limit, or `undefined` when it may run
 */
export function queryLimitRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): Response | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return undefined;
  let cost = 0;

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number, multiplier: number): void => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (depth > limits.maxDepth) throw new TooComplex(`the query nests fields more than ${limits.maxDepth} deep`);
        cost += multiplier;
        if (cost > limits.maxCost) {
          throw new TooComplex(
            `the query would answer more than ${limits.maxCost} fields (page sizes multiply across nested lists); ask for fewer items, or nest less`,
          );
        }
        if (!selection.selectionSet) continue;
        const field = 'getFields' in parent ? parent.getFields()[name] : undefined;
        if (!field) continue;
        let size = 1;
        for (const arg of selection.arguments ?? []) {
          if (!SIZE_ARGUMENTS.includes(arg.name.value)) continue;
          const n = numberFrom(arg.value, variables);
          if (n !== undefined) size = Math.max(1, n);
        }
        const paginated = field.args.some((a) => a.name === 'first');
        const given = (selection.arguments ?? []).some((a) => SIZE_ARGUMENTS.includes(a.name.value) && numberFrom(a.value, variables) !== undefined);
        if (paginated && !given) size = UNBOUNDED_PAGE;
        // A plain list (no page size) counts as one item: its length is the data's, not the query's.
        const type = getNamedType(field.type);
        if (isCompositeType(type)) walk(selection.selectionSet, type, depth + 1, multiplier * size);
      } else if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, type && isCompositeType(type) ? type : parent, depth, multiplier);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        walk(fragment.selectionSet, type && isCompositeType(type) ? type : parent, depth, multiplier);
      }
    }
  };

  try {
    walk(operation.selectionSet, root, 1, 1);
    return undefined;
  } catch (error) {
    if (!(error instanceof TooComplex)) throw error;
    return new Response(
      JSON.stringify({ errors: [{ message: `Query is too complex: ${error.message}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }),
      {
        status: 400,
        headers: { 'content-type': 'application/json' },
      },
    );
  }
}
