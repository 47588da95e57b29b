/**
 * Requests shaped like the ones the real W&B Python client sends (see WIRE.md), for fidelity
 * tests of the fake: `operationName: ""` unless told, Basic auth, the client's headers, and the
 * variables exactly as given (`null` included).
 */
import type { FakeWandbCore } from 'wandb-api/testing';

/** The headers wandb-core puts on every GraphQL request. */
export const PYTHON_HEADERS: Readonly<Record<string, string>> = {
  'user-agent': 'W&B Public Client 0.30.0',
  'use-admin-privileges': 'true',
  'x-wandb-username': '',
  'x-wandb-user-email': '',
  'accept-encoding': 'gzip',
  'content-type': 'application/json',
};

/** Options of {@link postAsPython}. */
export interface PythonPostOptions {
  /** The `operationName` sent; the Python client leaves it empty for most calls. @defaultValue `''` */
  operationName?: string;
  /** Send to this HTTP server (from `fake.listen()`) instead of `fake.fetch`. */
  url?: string;
  /** The key for Basic auth; `null` sends no Authorization header. @defaultValue the fake's key */
  apiKey?: string | null;
}

/** What came back, with the body parsed. */
export interface PythonAnswer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: Array<string | number> }> };
}

/**
 * Posts one GraphQL request to the fake the way the Python client does.
 * @param variables sent as given: `null` as the client sends for operations without variables
 */
export async function postAsPython(
  fake: FakeWandbCore,
  query: string,
  variables: Record<string, unknown> | null = null,
  options: PythonPostOptions = {},
): Promise<PythonAnswer> {
  const headers: Record<string, string> = { ...PYTHON_HEADERS };
  const key = options.apiKey === undefined ? fake.apiKey : options.apiKey;
  if (key !== null) headers.authorization = `Basic ${Buffer.from(`api:${key}`).toString('base64')}`;
  const body = JSON.stringify({ query, variables, operationName: options.operationName ?? '' });
  const url = `${options.url ?? fake.baseUrl}/graphql`;
  const response = options.url ? await fetch(url, { method: 'POST', headers, body }) : await fake.fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: PythonAnswer['body'];
  try {
    parsed = JSON.parse(text) as PythonAnswer['body'];
  } catch {
    throw new Error(`the fake answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * {@link postAsPython}, requiring what the Python client requires of a good answer: HTTP 200 and
 * no GraphQL errors. Returns `data`.
 */
export async function dataAsPython(
  fake: FakeWandbCore,
  query: string,
  variables: Record<string, unknown> | null = null,
  options: PythonPostOptions = {},
): Promise<Record<string, unknown>> {
  return dataOf(await postAsPython(fake, query, variables, options));
}

/** An answer's `data`, failing unless it is what the Python client accepts: HTTP 200, no GraphQL errors. */
export function dataOf(answer: PythonAnswer): Record<string, unknown> {
  if (answer.status !== 200 || answer.body.errors?.length || !answer.body.data) {
    throw new Error(`expected HTTP 200 with data and no errors, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
  }
  return answer.body.data;
}

/** {@link postAsPython} for operations with variables: they default to `{}`, the key is the fourth argument. */
export function pythonPost(
  fake: FakeWandbCore,
  query: string,
  variables: Record<string, unknown> | null = {},
  apiKey?: string,
): Promise<PythonAnswer> {
  return postAsPython(fake, query, variables, apiKey === undefined ? {} : { apiKey });
}

/** Every path in `value` whose value is `null`, as `a.b[0].c` (to check fields the client requires). */
export function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nullPaths(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== undefined) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => nullPaths(v, path ? `${path}.${k}` : k));
  }
  return [];
}
