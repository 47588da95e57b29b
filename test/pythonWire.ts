import type { FakeWandb } from 'wandb-api/testing';

/** The body of a GraphQL answer. */
export interface WireAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
}

/**
 * Posts a GraphQL document to the fake the way the Python client's wandb-core does: an empty
 * `operationName`, variables as given, Basic auth with the fake's key.
 */
export async function postLikePython(fake: FakeWandb, query: string, variables: Record<string, unknown> | null): Promise<WireAnswer> {
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}`,
      'user-agent': 'W&B Public Client 0.30.0',
    },
    body: JSON.stringify({ query, variables, operationName: '' }),
  });
  return { status: response.status, body: (await response.json()) as WireAnswer['body'] };
}
