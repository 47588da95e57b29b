#!/usr/bin/env node
import { FakeWandbCore, type FakeSeed } from './FakeWandbCore';
import type { FakeSeedData } from './seedJson';
import type { QueryCompilation } from './execution';

const usage = `Usage: wandb-api-fake [options]

Serves a fake W&B API over HTTP. Point a W&B client at it with
  WANDB_BASE_URL=<url> WANDB_API_KEY=<key>

Options:
  --port N            port to listen on; 0 picks a free one (default 8080)
  --host H            interface to bind (default 127.0.0.1)
  --seed S            starting data: demo, empty, or a JSON seed file (default demo);
                      repeat to layer them, e.g. --seed demo --seed ./extra.json
  --api-key KEY       the viewer's API key (default: a random one, printed)
  --username NAME     the viewer's username (default demo-user)
  --latency MS        delay added to every request (default 0)
  --rate-limit N[/MS] answer 429 above N requests per MS milliseconds (default 1000)
  --gzip              gzip JSON answers for clients that accept it
  --compile-queries M when to compile queries: auto (those with large answers), always or never
                      (default auto); answers are the same either way
  --no-control        turn off the /_fake/ control endpoints (reset, seed, faults, log, snapshot)`;

function fail(message: string): never {
  process.stderr.write(`wandb-api-fake: ${message}\n\n${usage}\n`);
  process.exit(2);
}

const FLAGS = new Set(['gzip', 'no-control']);
const VALUES = new Set(['port', 'host', 'seed', 'api-key', 'username', 'latency', 'rate-limit', 'compile-queries']);

function parseArgs(argv: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unexpected argument ${arg}`);
    const name = match[1] as string;
    if (FLAGS.has(name)) {
      out.set(name, ['true']);
      continue;
    }
    if (!VALUES.has(name)) fail(`unknown option --${name}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) fail(`${arg} needs a value`);
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

async function loadSeed(spec: string): Promise<FakeSeed> {
  if (spec === 'demo' || spec === 'empty') return spec;
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (error) {
    fail(`--seed ${spec}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give demo, empty or a JSON file`);
  }
  try {
    return JSON.parse(text) as FakeSeedData;
  } catch (error) {
    fail(`--seed ${spec} is not valid JSON: ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const last = (name: string) => args.get(name)?.at(-1);
  const port = Number(last('port') ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${last('port')}`);
  const latency = Number(last('latency') ?? 0);
  if (!Number.isFinite(latency) || latency < 0) fail(`--latency must be a number >= 0, got ${last('latency')}`);
  const seeds: FakeSeed[] = [];
  for (const spec of args.get('seed') ?? ['demo']) seeds.push(await loadSeed(spec));

  const rate = last('rate-limit');
  const rateMatch = rate === undefined ? undefined : /^(\d+)(?:\/(\d+))?$/.exec(rate);
  if (rate !== undefined && !rateMatch) fail(`--rate-limit must look like 100 or 100/1000 (requests per milliseconds), got ${rate}`);
  let fake: FakeWandbCore;
  try {
    fake = new FakeWandbCore({
      seed: seeds,
      latencyMs: latency,
      control: !args.has('no-control'),
      ...(last('api-key') ? { apiKey: last('api-key') as string } : {}),
      ...(last('username') ? { username: last('username') as string } : {}),
      ...(last('compile-queries') ? { compileQueries: last('compile-queries') as QueryCompilation } : {}),
      ...(rateMatch ? { rateLimit: { limit: Number(rateMatch[1]), windowMs: Number(rateMatch[2] ?? 1000) } } : {}),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const server = await fake.listen({ port, host: last('host') ?? '127.0.0.1', gzip: args.has('gzip') });
  process.stdout.write(`fake W&B listening on ${server.url}\nWANDB_BASE_URL=${server.url}\nWANDB_API_KEY=${fake.apiKey}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
