#!/usr/bin/env node
import { FakeWandbCore } from './FakeWandbCore';

const usage = `Usage: wandb-api-fake [--port N] [--host H] [--seed demo|empty] [--api-key KEY] [--latency MS]

Serves a fake W&B API over HTTP. Point a W&B client at it with
  WANDB_BASE_URL=<url> WANDB_API_KEY=<key>`;

function fail(message: string): never {
  process.stderr.write(`wandb-api-fake: ${message}\n\n${usage}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unexpected argument ${arg}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) fail(`${arg} needs a value`);
    out[match[1] as string] = value;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  for (const key of Object.keys(args)) if (!['port', 'host', 'seed', 'api-key', 'latency'].includes(key)) fail(`unknown option --${key}`);
  const port = Number(args.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${args.port}`);
  const seed = args.seed ?? 'demo';
  if (seed !== 'demo' && seed !== 'empty') fail(`--seed must be demo or empty, got ${seed}`);
  const latency = Number(args.latency ?? 0);
  if (!Number.isFinite(latency) || latency < 0) fail(`--latency must be a number >= 0, got ${args.latency}`);
  const fake = new FakeWandbCore({ seed, latencyMs: latency, ...(args['api-key'] ? { apiKey: args['api-key'] } : {}) });
  const server = await fake.listen({ port, host: args.host ?? '127.0.0.1' });
  process.stdout.write(`fake W&B listening on ${server.url}\nWANDB_BASE_URL=${server.url}\nWANDB_API_KEY=${fake.apiKey}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
