/**
 * Runs a parsed, validated operation against the fake's schema. graphql-js interprets every
 * request; a query whose answer is large (a page of a thousand runs, say) is also compiled with
 * graphql-jit, and later requests with the same text run the compiled form, which does the same
 * work several times faster. Both answer alike: graphql-jit executes by the same specification,
 * and the fake's tests run its answers through both.
 */
import { execute, getOperationAST, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { InvalidArgumentError } from '../client/errors';

/**
 * When the fake compiles queries: `'auto'` once answering one took 4 ms or
 * more (documents of up to 500 fields), `'always'` on first sight, `'never'` not at all.
 */
export type QueryCompilation = 'auto' | 'always' | 'never';

const MODES: readonly QueryCompilation[] = ['auto', 'always', 'never'];

/** GraphQL operations a fake answered, by how they ran. */
export interface QueryStats {
  /** Run by graphql-js. */
  interpreted: number;
  /** Run as compiled by graphql-jit. */
  compiled: number;
}

/** Answers that take this long to interpret make their query worth compiling. */
export const COMPILE_AFTER_MS = 4;

/**
 * `'auto'` compiles documents of at most this many fields. Compiling grows with the document,
 * not the answer (a query of 6,000 aliased fields takes about a second), and the thread that
 * compiles answers nothing meanwhile; the large answers worth it come from small documents.
 */
export const MAX_COMPILED_FIELDS = 500;

/** The compiled form's entry point: resolvers get `context`, the operation gets `variables`. */
type Compiled = (context: unknown, variables: Record<string, unknown>) => ExecutionResult | Promise<ExecutionResult>;

/** What is known of one document and operation: its compiled form, or `false` when it cannot be compiled here. */
interface Plan {
  compiled?: Compiled | false;
  /** The operation run, whose variables graphql-js checks before the compiled form runs. */
  operation?: OperationDefinitionNode | null;
  /** Why it could not be compiled. */
  failure?: string;
  /** Fields in the document, counted once. */
  fields?: number;
  compiling?: Promise<void>;
}

const plans = new WeakMap<DocumentNode, Map<string, Plan>>();

/** The part of graphql-jit used here: a compiled query has `query`, a document it cannot compile gives `errors` instead. */
interface Jit {
  compileQuery(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName?: string,
  ): ExecutionResult | { query: (root: unknown, context: unknown, variables: Record<string, unknown>) => ExecutionResult | Promise<ExecutionResult> };
}
let jit: Promise<Jit | string> | undefined;

/** graphql-jit, loaded on first need (fakes that never see a large answer do not load it), or why it cannot be. */
function loadJit(): Promise<Jit | string> {
  return (jit ??= import('graphql-jit').then(
    (module): Jit => module,
    (error: unknown) => `graphql-jit did not load: ${(error as Error)?.message ?? String(error)}`,
  ));
}

/** Checks the `compileQueries` option. */
export function compilationOf(value: unknown): QueryCompilation {
  if (value === undefined) return 'auto';
  if (typeof value === 'string' && (MODES as readonly string[]).includes(value)) return value as QueryCompilation;
  throw new InvalidArgumentError(
    'compileQueries',
    `compileQueries must be one of ${MODES.map((m) => `'${m}'`).join(', ')}, got ${JSON.stringify(value) ?? String(value)}`,
  );
}

function planOf(document: DocumentNode, operationName: string | undefined): Plan {
  let byName = plans.get(document);
  if (!byName) plans.set(document, (byName = new Map()));
  const key = operationName ?? '';
  let plan = byName.get(key);
  if (!plan) byName.set(key, (plan = {}));
  return plan;
}

/** Compiles the operation once; where code cannot be generated (a runtime that forbids it), the plan stays interpreted. */
function compile(plan: Plan, schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Promise<void> {
  const fail = (why: string) => {
    plan.compiled = false;
    plan.failure = why;
  };
  return (plan.compiling ??= loadJit().then((module) => {
    if (typeof module === 'string') return fail(module);
    try {
      const compiled = module.compileQuery(schema, document, operationName);
      if ('query' in compiled) plan.compiled = (context, variables) => compiled.query(undefined, context, variables);
      else fail(compiled.errors?.map((e) => e.message).join('; ') ?? 'graphql-jit gave no compiled query');
    } catch (error) {
      // A runtime that forbids generating code (`new Function`), as some workers do.
      fail((error as Error)?.message ?? String(error));
    }
  }));
}

function fieldsOf(document: DocumentNode): number {
  let fields = 0;
  visit(document, { Field: () => void fields++ });
  return fields;
}

/** Executes `document`'s operation, compiled or interpreted as `mode` and the query's history say. */
export async function executeOperation(
  mode: QueryCompilation,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  context: unknown,
  stats: QueryStats,
): Promise<ExecutionResult> {
  const plan = mode === 'never' ? undefined : planOf(document, operationName);
  if (plan && mode === 'always') {
    if (plan.compiled === undefined) await compile(plan, schema, document, operationName);
    if (!plan.compiled) throw new Error(`compileQueries is 'always', but the query cannot be compiled here: ${plan.failure ?? 'unknown reason'}`);
  }
  if (plan?.compiled) {
    // graphql-js checks the variables, so a wrong one is reported in its words, as when interpreted.
    const operation = (plan.operation ??= getOperationAST(document, operationName) ?? null);
    const checked = getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors };
    stats.compiled++;
    return plan.compiled(context, variables);
  }
  stats.interpreted++;
  const started = performance.now();
  const result = await execute({ schema, document, ...(operationName ? { operationName } : {}), variableValues: variables, contextValue: context });
  // Compiling happens after the answer, for the requests that follow.
  if (plan && plan.compiled === undefined && performance.now() - started >= COMPILE_AFTER_MS) {
    plan.fields ??= fieldsOf(document);
    if (plan.fields <= MAX_COMPILED_FIELDS) void compile(plan, schema, document, operationName);
  }
  return result;
}
