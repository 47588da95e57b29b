import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { FakeAnswer } from './answer';
import { AREAS } from './areas';
import { authenticate, contextFor, type RequestHost } from './dispatch';
import { executeOperation } from './execution';
import { answerWithFault } from './faultAnswer';
import { graphQLBodyRefusal } from './guards';
import { json, statusOfErrors } from './http';
import { queryLimitRefusal } from './queryLimits';
import { loggedHeaders } from './requestLog';
import { buildFakeSchema } from './schema';

interface Parsed {
  document: DocumentNode;
  errors: readonly GraphQLError[];
}

let sharedSchema: GraphQLSchema | undefined;
/** Resolvers read the store from the context, so every fake shares one executable schema. */
function fakeSchema(): GraphQLSchema {
  return (sharedSchema ??= buildFakeSchema(Object.values(AREAS).map((area) => area.resolvers)));
}

// Clients send the same few documents over and over: parse and validate each once.
const parsedQueries = new Map<string, Parsed>();

function parseQuery(query: string): Parsed {
  let cached = parsedQueries.get(query);
  if (!cached) {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (e) {
      return { document: { kind: 'Document' as DocumentNode['kind'], definitions: [] } as DocumentNode, errors: [e as GraphQLError] };
    }
    cached = { document, errors: validate(fakeSchema(), document) };
    if (parsedQueries.size > 500) parsedQueries.clear();
    parsedQueries.set(query, cached);
  }
  return cached;
}

/** Answers a request to `/graphql`: parses, validates and executes it against the areas' resolvers, as W&B would answer. */
export async function answerGraphQL(host: RequestHost, request: Request, url: URL, begun: number): Promise<FakeAnswer> {
  const method = request.method.toUpperCase();
  const headers = loggedHeaders(request.headers);
  if (method !== 'POST') {
    host.log.add({ method, path: url.pathname, headers, status: 405 }, begun);
    return json({ errors: [{ message: 'GraphQL requests must be POSTed' }] }, 405, { allow: 'POST' });
  }
  let body: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    host.log.add({ method, path: url.pathname, headers, status: 400 }, begun);
    return json({ errors: [{ message: 'the request body is not JSON' }] }, 400);
  }
  const badBody = graphQLBodyRefusal(body);
  if (badBody) {
    host.log.add({ method, path: url.pathname, headers, status: 400 }, begun);
    return badBody;
  }
  const query = typeof body?.query === 'string' ? body.query : '';
  const variables = body?.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
  const parsed = parseQuery(query);
  const operations = parsed.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  // Real clients often send an empty operationName: the operation comes from the query text.
  const wanted = typeof body.operationName === 'string' && body.operationName ? body.operationName : undefined;
  const operation = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === wanted);
  const operationName = operation?.name?.value;
  const entry = host.log.add(
    {
      method,
      path: url.pathname,
      ...(operationName ? { operationName } : {}),
      ...(operation ? { operationType: operation.operation } : {}),
      variables,
      headers,
      status: 0,
    },
    begun,
  );
  const decision = host.faults.take({ operationName: operationName ?? '', method, path: url.pathname });

  return answerWithFault(request, decision, entry, host, async () => {
    const viewer = authenticate(host, request);
    if (!viewer) return json({ errors: [{ message: 'user is not logged in', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    if (!query) return json({ errors: [{ message: 'Must provide query string.' }] }, 400);
    if (parsed.errors.length) return json({ errors: parsed.errors.map((e) => e.toJSON()) }, 400);
    if (!operation) {
      const message = wanted ? `Unknown operation named "${wanted}".` : 'Must provide operation name if query contains multiple operations.';
      return json({ errors: [{ message }] }, 400);
    }
    const tooComplex = queryLimitRefusal(fakeSchema(), parsed.document, operation, variables, host.queryLimits);
    if (tooComplex) return tooComplex;
    const result = await executeOperation(
      host.compileQueries,
      fakeSchema(),
      parsed.document,
      operationName,
      variables,
      contextFor(host, viewer, url),
      host.queryStats,
    );
    const out: { data?: unknown; errors?: unknown[] } = { data: result.data ?? null };
    if (result.errors?.length) out.errors = result.errors.map((e) => e.toJSON());
    return json(out, statusOfErrors(result.errors));
  });
}
