/**
 * Runs the `wandb-api` command line as a real process. The bin is bundled from source once per
 * test process (esbuild, a fraction of a second) so each run starts in about as long as the
 * built bin does, instead of compiling TypeScript on every start.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const root = resolve(__dirname, '../..');
let bin: string | undefined;

/** The path of the bundled bin, built on first use. */
export function cliBin(): string {
  if (bin) return bin;
  // Inside the repository, so the bundle finds the dependencies in node_modules.
  const dir = join(root, '.tmp', 'cli-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `bin-${process.pid}.js`);
  buildSync({
    entryPoints: [join(root, 'src/cli/bin.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    // Dependencies load from node_modules, as in the published package; the testing entry is bundled from source.
    packages: 'external',
    alias: { 'wandb-api/testing': join(root, 'src/testing/index.ts') },
    logLevel: 'error',
  });
  return (bin = outfile);
}

/** What a run of the command line did. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes, for binary output. */
  bytes: Buffer;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** The environment, on top of a minimal one (PATH, and a HOME that has no netrc). */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed; `false` leaves stdin open for the caller. */
  input?: string | false;
  cwd?: string;
  timeoutMs?: number;
}

/** A running command line, and what it printed once it ends. */
export interface Started {
  child: ChildProcessWithoutNullStreams;
  /** stdout so far. */
  output(): string;
  result: Promise<CliResult>;
}

/** A HOME with nothing in it, so no test reads the user's own netrc or settings. */
export async function emptyHome(): Promise<{ home: string; remove: () => Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'wandb-api-cli-home-'));
  return { home, remove: () => rm(home, { recursive: true, force: true }) };
}

function start(file: string, args: readonly string[], options: RunOptions, extraEnv: Record<string, string> = {}): Started {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: join(tmpdir(), 'wandb-api-cli-nohome'), ...extraEnv };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const child = spawn(file, [...args], { env, cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  if (options.input !== false) child.stdin.end(options.input ?? '');
  const result = new Promise<CliResult>((resolvePromise, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(out);
      resolvePromise({ code, signal, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes });
    });
  });
  return { child, output: () => Buffer.concat(out).toString('utf8'), result };
}

/** Starts `wandb-api ARGS`, its stdin, stdout and stderr pipes. */
export function startCli(args: readonly string[], options: RunOptions = {}): Started {
  return start(process.execPath, [cliBin(), ...args], options);
}

/** Runs `wandb-api ARGS` to the end. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return startCli(args, options).result;
}

/**
 * Starts `wandb-api ARGS` in a pseudo-terminal (util-linux `script`): stdin, stdout and stderr
 * are the terminal, whose transcript arrives on the child's stdout.
 */
export function startCliInPty(args: readonly string[], options: RunOptions = {}): Started {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, cliBin(), ...args].map(quote).join(' ');
  return start('script', ['-qfec', command, '/dev/null'], options, { TERM: 'xterm', COLUMNS: '120', LINES: '40' });
}

/** Waits until `test` holds for a started command's output so far. */
export async function waitForOutput(started: Started, test: (output: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!test(started.output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; output so far: ${JSON.stringify(started.output().slice(-500))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return started.output();
}
