import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidArgumentError, NotSupportedError } from '../../index';
import type { FakeSeed, FakeSeedData, FakeWandbOptions } from 'wandb-api/testing';
import { collect, integerOption, withCommonOptions, withExamples, type CommonOptions, type Io } from '../context';

interface FakeOptions extends CommonOptions {
  port: number;
  host: string;
  seed?: string[];
  apiKey?: string;
  username?: string;
  latency: number;
  rateLimit?: string;
  gzip?: boolean;
  compileQueries?: string;
  control: boolean;
}

const COMPILATION = ['auto', 'always', 'never'] as const;

async function loadSeed(spec: string): Promise<FakeSeed> {
  if (spec === 'demo' || spec === 'empty') return spec;
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (error) {
    throw new InvalidArgumentError(
      '--seed',
      `--seed ${spec}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give demo, empty or a JSON file`,
    );
  }
  try {
    return JSON.parse(text) as FakeSeedData;
  } catch (error) {
    throw new InvalidArgumentError('--seed', `--seed ${spec} is not valid JSON: ${(error as Error).message}`);
  }
}

async function fake(io: Io, options: FakeOptions): Promise<void> {
  const rate = options.rateLimit === undefined ? undefined : /^(\d+)(?:\/(\d+))?$/.exec(options.rateLimit);
  if (options.rateLimit !== undefined && !rate) {
    throw new InvalidArgumentError(
      '--rate-limit',
      `--rate-limit must look like 100 or 100/1000 (requests per milliseconds), got ${options.rateLimit}`,
    );
  }
  const compileQueries = options.compileQueries;
  if (compileQueries !== undefined && !(COMPILATION as readonly string[]).includes(compileQueries)) {
    throw new InvalidArgumentError('--compile-queries', `--compile-queries must be auto, always or never, got ${compileQueries}`);
  }
  const seeds: FakeSeed[] = [];
  for (const spec of options.seed ?? ['demo']) seeds.push(await loadSeed(spec));
  const fakeOptions: FakeWandbOptions = {
    seed: seeds,
    latencyMs: options.latency,
    control: options.control,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    ...(options.username ? { username: options.username } : {}),
    ...(compileQueries ? { compileQueries: compileQueries as (typeof COMPILATION)[number] } : {}),
    ...(rate ? { rateLimit: { limit: Number(rate[1]), windowMs: Number(rate[2] ?? 1000) } } : {}),
  };
  // Loaded only here: the other commands never load the fake.
  const { createFakeWandb } = await import('wandb-api/testing').catch((error: unknown) => {
    // The testing entry brings msw, an optional peer dependency; the wandb-api-fake bin does without it.
    if (/msw/.test(error instanceof Error ? error.message : String(error))) {
      throw new NotSupportedError(
        'wandb-api fake needs msw installed (npm install --save-dev msw@2); wandb-api-fake serves the same fake without it',
        {
          cause: error,
        },
      );
    }
    throw error;
  });
  let instance;
  try {
    instance = createFakeWandb(fakeOptions);
  } catch (error) {
    throw new InvalidArgumentError('--seed', (error as Error).message, { cause: error });
  }
  const server = await instance.listen({ port: options.port, host: options.host, gzip: options.gzip === true });
  io.stdout.write(`fake W&B listening on ${server.url}\nWANDB_BASE_URL=${server.url}\nWANDB_API_KEY=${instance.apiKey}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Adds `fake`: the fake W&B server, with the options of `wandb-api-fake`. */
export function addFakeCommand(program: Command, io: Io): void {
  withExamples(
    withCommonOptions(
      program
        .command('fake')
        .summary('Serve a fake W&B API over HTTP, as wandb-api-fake does')
        .description(
          'Serve a fake W&B API over HTTP (as wandb-api-fake does), for trying commands and testing clients in any language.\n' +
            'Point a client at it with WANDB_BASE_URL=<url> WANDB_API_KEY=<key>.',
        )
        .option('--port <n>', 'port to listen on; 0 picks a free one', integerOption('--port', 0), 8080)
        .option('--host <host>', 'interface to bind', '127.0.0.1')
        .option('--seed <seed>', 'starting data: demo, empty, or a JSON seed file (repeat to layer them; default demo)', collect)
        .option('--api-key <key>', "the viewer's API key (default: a random one, printed)")
        .option('--username <name>', "the viewer's username (default demo-user)")
        .option('--latency <ms>', 'delay added to every request', integerOption('--latency', 0), 0)
        .option('--rate-limit <n[/ms]>', 'answer 429 above N requests per MS milliseconds')
        .option('--gzip', 'gzip JSON answers for clients that accept it')
        .option('--compile-queries <mode>', 'when to compile queries: auto (those with large answers), always or never (default auto)')
        .option('--no-control', 'turn off the /_fake/ control endpoints (reset, seed, faults, log, snapshot)'),
      { api: false, output: false },
    ),
    ['wandb-api fake --port 8080', 'wandb-api fake --port 0 --seed demo --seed ./more-runs.json --latency 20'],
  ).action((options: FakeOptions) => {
    if (options.port > 65535) throw new InvalidArgumentError('--port', `--port must be 0..65535, got ${options.port}`);
    return fake(io, options);
  });
}
