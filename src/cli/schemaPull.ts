#!/usr/bin/env node
/**
 * `npm run schema:pull -- --endpoint <url> [--out schema/pulled.graphql]`: introspects a live
 * server (or the fake) with the configured API key (WANDB_API_KEY or ~/.netrc) and writes its SDL.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
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
  // Read whole within the deadline: a server that stalls mid-answer ends in a TimeoutError.
  const text = await transport.text(
    `${settings.baseUrl}/graphql`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery', variables: {} }),
    },
    'IntrospectionQuery',
  );
  let body: { data?: IntrospectionQuery; errors?: Array<{ message: string }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch (error) {
    throw new ServerError('Introspection failed: the answer is not JSON', { cause: error, operation: 'IntrospectionQuery' });
  }
  if (!body?.data) {
    throw new ServerError(`Introspection failed: ${body?.errors?.map((e) => e.message).join('; ') ?? 'no data in the answer'}`, {
      operation: 'IntrospectionQuery',
    });
  }
  return `${printSchema(buildClientSchema(body.data))}\n`;
}

/** `npm run schema:pull -- --endpoint <url> [--out FILE]`: writes the pulled SDL to a file. */
async function main(argv: string[]): Promise<void> {
  let endpoint: string | undefined;
  let out = 'pulled.graphql';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--endpoint') endpoint = argv[++i];
    else if (arg === '--out') out = argv[++i] ?? out;
    else throw new Error(`unknown argument ${arg}; usage: schema:pull -- --endpoint <url> [--out FILE]`);
  }
  if (!endpoint) throw new Error('missing --endpoint <url>; usage: schema:pull -- --endpoint <url> [--out FILE]');
  const sdl = await pullSchema({ endpoint });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, sdl);
  process.stdout.write(`wrote ${out} (${sdl.split('\n').length} lines)\n`);
}

// Run as a script only; importing the module (the tests do) pulls nothing.
if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`schema:pull: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
