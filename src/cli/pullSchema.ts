import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { ServerError } from '../client/errors';
import { resolveSettings, type ApiOptions } from '../client/settings';
import { Transport } from '../client/transport';

/** Options of {@link pullSchema}. */
export interface PullSchemaOptions extends Pick<ApiOptions, 'apiKey' | 'env' | 'netrcPath' | 'fetch' | 'timeout'> {
  /** The server: its base URL or its `/graphql` endpoint. */
  endpoint: string;
}

/**
 * Introspects a live W&B server (or the fake) with the configured API key and returns its
 * schema as SDL.
 */
export async function pullSchema(options: PullSchemaOptions): Promise<string> {
  const { endpoint, ...rest } = options;
  const settings = resolveSettings({ ...rest, baseUrl: endpoint });
  const transport = new Transport(settings);
  const response = await transport.request(
    `${settings.baseUrl}/graphql`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery', variables: {} }),
    },
    'IntrospectionQuery',
  );
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: Array<{ message: string }> };
  if (!body.data) {
    throw new ServerError(`Introspection failed: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data in the answer'}`, {
      operation: 'IntrospectionQuery',
    });
  }
  return `${printSchema(buildClientSchema(body.data))}\n`;
}
