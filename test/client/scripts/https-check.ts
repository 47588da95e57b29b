/**
 * Over HTTPS to `URL`, with the SDK's default transport and with `fetch`: the viewer, and a run
 * file read from storage. Prints one JSON object: for each, the answer or the error's class and
 * message. Whether the server's certificate is trusted is up to the environment
 * (`NODE_EXTRA_CA_CERTS`), as for any Node process.
 */
import { Api, type ApiOptions } from 'wandb-api';
import { printResultOf } from '../../support/script';

async function outcome(run: () => Promise<string>): Promise<string> {
  try {
    return await run();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

async function main(): Promise<Record<string, unknown>> {
  const api = (options: ApiOptions = {}) =>
    new Api({ baseUrl: process.env.URL as string, apiKey: process.env.KEY as string, env: {}, retries: 0, ...options });
  const out: Record<string, string> = {};
  for (const [name, options] of [
    ['default', {}],
    ['fetch', { fetch: globalThis.fetch }],
  ] as const) {
    out[`${name} viewer`] = await outcome(async () => String((await api(options).viewer()).username));
    out[`${name} file`] = await outcome(async () => (await (await api(options).run('demo-user/p/r1')).file('out.txt')).text());
  }
  return out;
}

printResultOf(main);
