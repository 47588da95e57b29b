import type { FakeWandb } from 'wandb-api/testing';

/** What the fake answered to a request shaped like the Python client's. */
export interface PythonAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
}

/**
 * Posts a GraphQL document the way the Python client (wandb 0.30) does: `operationName` empty,
 * Basic auth, its User-Agent and admin-privileges header.
 */
export async function pythonPost(fake: FakeWandb, query: string, variables: Record<string, unknown> | null = {}, apiKey = fake.apiKey): Promise<PythonAnswer> {
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`api:${apiKey}`).toString('base64')}`,
      'user-agent': 'W&B Public Client 0.30.0',
      'use-admin-privileges': 'true',
    },
    body: JSON.stringify({ query, variables, operationName: '' }),
  });
  return { status: response.status, body: (await response.json()) as PythonAnswer['body'] };
}

/** The answer's data, failing with the server's errors when there are any. */
export function dataOf(answer: PythonAnswer): Record<string, unknown> {
  if (answer.status !== 200 || answer.body.errors?.length || !answer.body.data) {
    throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.body.errors ?? answer.body)}`);
  }
  return answer.body.data;
}
