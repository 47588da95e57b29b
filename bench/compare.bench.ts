/**
 * npm run bench -- compare
 *
 * The SDK beside the real W&B Python client on the same fake W&B and the same data, with 20 ms
 * added to every request. The fake runs in its own process, so neither client shares a thread
 * with the server. Each figure is the median of `BENCH_RUNS` (default 5) runs, the clients'
 * runs interleaved so that load from elsewhere on the machine affects them alike.
 *
 *  - cold start: a fresh process imports the client, makes an `Api`, asks for the viewer and the
 *    first of its projects (the SDK from a bundle of the package, as users get it);
 *  - listing 10,000 runs, reading 2 config and 2 summary keys of each;
 *  - the first download of a 1,000 × 64 KB + 4 × 64 MB artifact, to disk and to a memory-backed
 *    folder, beside a floor of plain parallel `fetch`es of the same files at the SDK's concurrency
 *    (bodies read and dropped: no checks, no disk), and beside a plain download doing only what
 *    every correct one must (the same fetches, each body hashed and written to a temporary file
 *    that is renamed into place);
 *  - the re-download of the complete, unchanged artifact into the same folder.
 *
 * The Python client is run when it is available: `WANDB_BENCH_VENV` naming a virtualenv that holds
 * it, or `.tmp/bench-venv`, built on first use from the client kit (`PYTHON_CLIENT_KIT`, by default
 * `../shared/python-client`). Without it, the SDK's column and the floors are printed alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Api } from 'wandb-api';
import { peakRss, printTable, timed } from './lib';
import { ARTIFACT, LATENCY_MS, RUNS } from './scenarios';

const REPEATS = Number(process.env.BENCH_RUNS ?? 5);
/** Download concurrencies measured: the SDK's default, and more (the `Api`'s `maxConcurrency` raised to match). */
const CONCURRENCY = [32, 64];
const ROOT = resolve(__dirname, '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

interface ChildFake {
  url: string;
  apiKey: string;
  setLatency(ms: number): Promise<void>;
  /** Empties the request log. */
  clearLog(): Promise<void>;
  /** The requests logged since the last {@link clearLog}. */
  log(): Promise<Array<{ method: string; path: string; operationName?: string }>>;
  stop(): void;
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise<string>((resolveLine, reject) => {
    let text = '';
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) resolveLine(text.slice(0, end));
    });
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}: ${errors.slice(-2000)}`)));
    child.on('error', reject);
  });
}

async function startChildFake(scenario: string): Promise<ChildFake> {
  // Python refuses keys shorter than 40 characters.
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'fake-server.ts'), scenario, 'k'.repeat(40)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const { url, apiKey } = JSON.parse(await firstLine(child, 'the fake')) as { url: string; apiKey: string };
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}/_fake${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    if (!response.ok) throw new Error(`${method} /_fake${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    url,
    apiKey,
    setLatency: async (latencyMs) => void (await control('PATCH', '/settings', { latencyMs })),
    clearLog: async () => void (await control('DELETE', '/requests')),
    log: async () => ((await control('GET', '/requests')) as { requests: Array<{ method: string; path: string; operationName?: string }> }).requests,
    stop: () => child.kill('SIGTERM'),
  };
}

/**
 * The Python interpreter of a virtualenv holding the real client: the one `WANDB_BENCH_VENV`
 * names, else `.tmp/bench-venv`, built there on first use from the client kit
 * (`PYTHON_CLIENT_KIT`, by default `../shared/python-client`) when the kit is present.
 */
function pythonClient(): string | undefined {
  const interpreter = (venv: string) => join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const named = process.env.WANDB_BENCH_VENV;
  if (named) return existsSync(interpreter(named)) ? interpreter(named) : undefined;
  const venv = join(ROOT, '.tmp', 'bench-venv');
  if (existsSync(interpreter(venv))) return interpreter(venv);
  const setup = join(resolve(ROOT, process.env.PYTHON_CLIENT_KIT ?? '../shared/python-client'), 'setup.sh');
  if (!existsSync(setup)) return undefined;
  console.log(`Building the Python client into ${venv} (once)...`);
  const built = spawnSync('bash', [setup, venv], { stdio: ['ignore', 'ignore', 'inherit'] });
  return built.status === 0 && existsSync(interpreter(venv)) ? interpreter(venv) : undefined;
}

async function runPython<T>(python: string, fake: ChildFake, args: string[], base: NodeJS.ProcessEnv = process.env): Promise<T> {
  const child = spawn(python, [join(__dirname, 'python', 'client.py'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...base, WANDB_BASE_URL: fake.url, WANDB_API_KEY: fake.apiKey, WANDB__GRAPHQL_RETRY_MAX: '0' },
  });
  const line = await firstLine(child, 'the Python client');
  await new Promise((done) => (child.exitCode !== null ? done(undefined) : child.once('exit', done)));
  return JSON.parse(line) as T;
}

function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

class Samples {
  private readonly values = new Map<string, number[]>();
  add(name: string, ms: number): void {
    this.values.set(name, [...(this.values.get(name) ?? []), ms]);
  }
  /** Every sample, in seconds, for `BENCH_VERBOSE=1`. */
  all(): string {
    return [...this.values].map(([name, list]) => `  ${name}: ${list.map((ms) => (ms / 1000).toFixed(2)).join(' ')}`).join('\n');
  }
  /** Median in seconds, or undefined when never measured. */
  s(name: string): number | undefined {
    const list = this.values.get(name);
    return list?.length ? median(list) / 1000 : undefined;
  }
}

const fmt = (seconds: number | undefined) => (seconds === undefined ? '-' : `${seconds.toFixed(2)} s`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(1)}×`);

/** Bundles the package as users get it (dependencies left external), for the cold start. */
async function bundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'wandb-api-bench-bundle-')), 'index.js');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As the package's CommonJS build has it: its dependencies left out (hyparquet, which it carries
    // in a file of its own, is loaded only to read parquet history); Node built-ins required.
    external: Object.keys(PACKAGE.dependencies),
    supported: { 'dynamic-import': false },
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

/** A fresh Node process: import the bundle, `new Api`, viewer, first project. Wall time to its answer. */
async function sdkColdStart(bundlePath: string, fake: ChildFake, base: NodeJS.ProcessEnv): Promise<number> {
  const script = `
    const { Api } = require(${JSON.stringify(bundlePath)});
    (async () => {
      const api = new Api({ baseUrl: process.env.URL, apiKey: process.env.KEY, env: {} });
      const viewer = await api.viewer();
      for await (const project of api.projects()) { console.log(JSON.stringify({ viewer: viewer.username, project: project.name })); break; }
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...base, URL: fake.url, KEY: fake.apiKey, NODE_PATH: join(ROOT, 'node_modules') },
  });
  await firstLine(child, 'the SDK cold start');
  const ms = performance.now() - started;
  await new Promise((done) => (child.exitCode !== null ? done(undefined) : child.once('exit', done)));
  return ms;
}

async function pythonColdStart(python: string, fake: ChildFake, base: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  await runPython(python, fake, ['cold'], base);
  return performance.now() - started;
}

const graphqlRequests = (log: Array<{ path: string; operationName?: string }>) => log.filter((r) => r.path.endsWith('/graphql')).length;

/**
 * The environments a cold start is measured in: this one as it is, and a clean one (`PATH`, `HOME`
 * and the locale only). A machine's own settings can weigh on a start more than the client does:
 * a `NODE_EXTRA_CA_CERTS` bundle, for one, is read and parsed by every Node process as it starts,
 * whatever it connects to.
 */
function coldEnvironments(): Array<[string, NodeJS.ProcessEnv]> {
  const clean: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'SYSTEMROOT', 'TEMP', 'TMP', 'TMPDIR'])
    if (process.env[name] !== undefined) clean[name] = process.env[name];
  return [
    ['', process.env],
    [', clean environment', clean],
  ];
}

async function coldStart(python: string | undefined, rows: Array<Record<string, string>>): Promise<void> {
  const fake = await startChildFake('projects');
  const bundlePath = await bundle();
  const samples = new Samples();
  let sdkRequests = 0;
  let pyRequests = 0;
  const environments = coldEnvironments();
  try {
    await fake.setLatency(LATENCY_MS);
    for (let run = 0; run < REPEATS; run++) {
      for (const [name, base] of environments) {
        await fake.clearLog();
        samples.add(`sdk${name}`, await sdkColdStart(bundlePath, fake, base));
        sdkRequests = graphqlRequests(await fake.log());
        if (python) {
          await fake.clearLog();
          samples.add(`python${name}`, await pythonColdStart(python, fake, base));
          pyRequests = graphqlRequests(await fake.log());
        }
      }
    }
  } finally {
    fake.stop();
    rmSync(resolve(bundlePath, '..'), { recursive: true, force: true });
  }
  if (process.env.BENCH_VERBOSE) console.log(samples.all());
  for (const [name] of environments) {
    rows.push({
      case: `cold start (process: import, Api, viewer, first project)${name}`,
      'Python default': python ? `${fmt(samples.s(`python${name}`))}, ${pyRequests} req` : '-',
      'Python best': '-',
      'wandb-api': `${fmt(samples.s(`sdk${name}`))}, ${sdkRequests} req`,
      floor: `${fmt((sdkRequests * LATENCY_MS) / 1000)} (latency)`,
      'vs Python best': ratio(samples.s(`python${name}`), samples.s(`sdk${name}`)),
      'vs floor': ratio(samples.s(`sdk${name}`), (sdkRequests * LATENCY_MS) / 1000),
    });
  }
}

async function listing(python: string | undefined, rows: Array<Record<string, string>>): Promise<void> {
  const fake = await startChildFake('runs');
  const samples = new Samples();
  let sdkRequests = 0;
  const pythonPerPage = 1000;
  try {
    const list = async () => {
      const api = new Api({ baseUrl: fake.url, apiKey: fake.apiKey, env: {} });
      await api.viewer();
      return timed(async () => {
        let count = 0;
        for await (const run of api.runs(RUNS.path, { select: { config: [...RUNS.config], summary: [...RUNS.summary] } })) {
          if (run.config.c1 === undefined || run.summary.s1 === undefined) throw new Error('a selected key is missing');
          count++;
        }
        if (count !== RUNS.count) throw new Error(`listed ${count} runs`);
      });
    };
    await list(); // warm-up: JIT and the fake's own
    await fake.setLatency(LATENCY_MS);
    for (let run = 0; run < REPEATS; run++) {
      await fake.clearLog();
      samples.add('sdk', (await list()).ms);
      sdkRequests = graphqlRequests(await fake.log()) - 1;
      if (python) {
        const result = await runPython<{ ms: number; count: number }>(python, fake, ['runs', RUNS.path, String(pythonPerPage)]);
        if (result.count !== RUNS.count) throw new Error(`Python listed ${result.count} runs`);
        samples.add('python', result.ms);
      }
    }
  } finally {
    fake.stop();
  }
  const floor = (sdkRequests * LATENCY_MS) / 1000;
  rows.push({
    case: `list ${RUNS.count} runs, 2 config + 2 summary keys (in-process)`,
    'Python default': `≥ ${fmt(((RUNS.count / 50 + RUNS.count) * LATENCY_MS) / 1000)} (1 req per run)`,
    'Python best': python ? `${fmt(samples.s('python'))} (lazy=False, per_page ${pythonPerPage})` : '-',
    'wandb-api': `${fmt(samples.s('sdk'))}, ${sdkRequests} req`,
    floor: `${fmt(floor)} (latency)`,
    'vs Python best': ratio(samples.s('python'), samples.s('sdk')),
    'vs floor': ratio(samples.s('sdk'), floor),
  });
}

/**
 * Writes earlier cases left in the page cache go to disk first (`sync`), so that the kernel's
 * write-back of one client's download does not land on the next measurement.
 */
function settle(): void {
  if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
}

/** Fetches every URL with at most `concurrency` at once, reading each body to the end. */
async function rawFloor(urls: readonly string[], concurrency: number): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++] as string;
      const response = await fetch(url);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return bytes;
}

interface FileToFetch {
  readonly url: string;
  readonly path: string;
  readonly md5: string;
  readonly size: number;
}

/**
 * The least a correct download does, for scale: the floor's parallel `fetch`es, each body hashed
 * (MD5) as it arrives and written to a temporary file beside its destination, which is renamed into
 * place once the checksum matches. A small file is written with one call; a large one in 1 MiB
 * writes, one written while the next fills. No retries, deadlines, limits or records.
 */
async function plainDownload(files: readonly FileToFetch[], concurrency: number, root: string): Promise<void> {
  for (const folder of new Set(files.map((file) => dirname(join(root, file.path))))) await mkdir(folder, { recursive: true });
  let next = 0;
  const batch = 1 << 20;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as FileToFetch;
      const dest = join(root, file.path);
      const temp = `${dest}.part`;
      const reader = ((await fetch(file.url)).body as ReadableStream<Uint8Array>).getReader();
      const hash = createHash('md5');
      let parts: Uint8Array[] = [];
      let held = 0;
      const handle = file.size > batch ? await open(temp, 'wx') : undefined;
      let writing: Promise<unknown> = Promise.resolve();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        hash.update(value);
        parts.push(value);
        held += value.length;
        if (handle && held >= batch) {
          await writing;
          writing = handle.write(Buffer.concat(parts));
          parts = [];
          held = 0;
        }
      }
      if (hash.digest('base64') !== file.md5) throw new Error(`the plain download of ${file.path} got the wrong MD5`);
      if (handle) {
        await writing;
        if (held) await handle.write(Buffer.concat(parts));
        await handle.close();
      } else {
        await writeFile(temp, Buffer.concat(parts), { flag: 'wx' });
      }
      await rename(temp, dest);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function artifacts(python: string | undefined, rows: Array<Record<string, string>>, scale: Array<Record<string, string>>): Promise<void> {
  const fake = await startChildFake('artifact');
  const places: Array<[string, string]> = [['disk', mkdtempSync(join(tmpdir(), 'wandb-api-bench-'))]];
  if (existsSync('/dev/shm')) places.push(['tmpfs', mkdtempSync('/dev/shm/wandb-api-bench-')]);
  const samples = new Samples();
  let fileGets = 0;
  const rss = new Map<number, number>();
  // The SDK's records of verified files go to a folder of the bench's own, removed at the end.
  const cacheDir = mkdtempSync(join(tmpdir(), 'wandb-api-bench-cache-'));
  const cacheBefore = process.env.WANDB_CACHE_DIR;
  process.env.WANDB_CACHE_DIR = cacheDir;
  const api = (concurrency: number) => new Api({ baseUrl: fake.url, apiKey: fake.apiKey, env: {}, maxConcurrency: concurrency, timeout: 600_000 });
  try {
    await fake.setLatency(LATENCY_MS);
    const files = (await (await api(16).artifact(ARTIFACT.name)).files({ perPage: 5000 }).toArray()).map((f) => ({
      url: f.directUrl,
      path: f.name,
      md5: f.md5 as string,
      size: f.sizeBytes,
    }));
    const urls = files.map((f) => f.url);
    for (let run = 0; run < REPEATS; run++) {
      for (const concurrency of CONCURRENCY) {
        settle();
        const floor = await timed(() => rawFloor(urls, concurrency));
        if (floor.result !== ARTIFACT.totalBytes) throw new Error(`the floor read ${floor.result} bytes, expected ${ARTIFACT.totalBytes}`);
        samples.add(`floor ${concurrency}`, floor.ms);
        for (const [place, dir] of places) {
          const plainRoot = join(dir, 'plain');
          settle();
          samples.add(`plain ${concurrency} ${place}`, (await timed(() => plainDownload(files, concurrency, plainRoot))).ms);
          rmSync(plainRoot, { recursive: true, force: true });
          const root = join(dir, 'sdk');
          const client = api(concurrency);
          await client.viewer();
          settle();
          const first = await peakRss(() => timed(async () => (await client.artifact(ARTIFACT.name)).download({ root, concurrency })));
          samples.add(`sdk ${concurrency} ${place}`, first.result.ms);
          if (run === 0 && place === 'disk') rss.set(concurrency, first.peakMiB);
          await fake.clearLog();
          settle();
          const again = await timed(async () => (await client.artifact(ARTIFACT.name)).download({ root, concurrency }));
          samples.add(`sdk again ${place}`, again.ms);
          fileGets = (await fake.log()).filter((r) => r.path.startsWith('/storage/') && !r.path.endsWith('/wandb_manifest.json')).length;
          rmSync(root, { recursive: true, force: true });
          await fake.clearLog();
        }
      }
      if (python) {
        for (const [place, dir] of places) {
          for (const mode of ['default', 'best']) {
            const pyRoot = join(dir, `python-${mode}`);
            settle();
            const result = await runPython<{ first: number; again: number }>(python, fake, ['artifact', ARTIFACT.name, pyRoot, mode]);
            samples.add(`py ${mode} ${place}`, result.first);
            samples.add(`py ${mode} again ${place}`, result.again);
            rmSync(pyRoot, { recursive: true, force: true });
            await fake.clearLog();
          }
        }
      }
    }
  } finally {
    fake.stop();
    for (const [, dir] of places) rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    if (cacheBefore === undefined) delete process.env.WANDB_CACHE_DIR;
    else process.env.WANDB_CACHE_DIR = cacheBefore;
  }
  if (process.env.BENCH_VERBOSE) console.log(`artifact samples (s):\n${samples.all()}`);
  const size = `${ARTIFACT.smallFiles} × 64 KB + ${ARTIFACT.largeFiles} × 64 MB`;
  const pythonBest = (key: string) => {
    const best = Math.min(samples.s(`py default ${key}`) ?? Infinity, samples.s(`py best ${key}`) ?? Infinity);
    return Number.isFinite(best) ? best : undefined;
  };
  for (const [place] of places) {
    for (const concurrency of CONCURRENCY) {
      const sdk = samples.s(`sdk ${concurrency} ${place}`);
      const floor = samples.s(`floor ${concurrency}`);
      rows.push({
        case: `artifact ${size}, first download, ${place}, concurrency ${concurrency}`,
        'Python default': fmt(samples.s(`py default ${place}`)),
        'Python best': python ? `${fmt(samples.s(`py best ${place}`))} (skip_cache)` : '-',
        'wandb-api': fmt(sdk) + (place === 'disk' ? `, RSS +${(rss.get(concurrency) ?? 0).toFixed(0)} MiB` : ''),
        floor: `${fmt(floor)} (fetch ×${concurrency})`,
        'vs Python best': ratio(pythonBest(place), sdk),
        'vs floor': ratio(sdk, floor),
      });
      const plain = samples.s(`plain ${concurrency} ${place}`);
      scale.push({
        case: `first download, ${place}, concurrency ${concurrency}`,
        'floor (fetch only)': fmt(floor),
        'plain download': fmt(plain),
        'wandb-api': fmt(sdk),
        'plain vs floor': ratio(plain, floor),
        'wandb-api vs plain': ratio(sdk, plain),
      });
    }
  }
  for (const [place] of places) {
    rows.push({
      case: `re-download into the same folder, ${place}`,
      'Python default': fmt(samples.s(`py default again ${place}`)),
      'Python best': python ? fmt(samples.s(`py best again ${place}`)) : '-',
      'wandb-api': `${fmt(samples.s(`sdk again ${place}`))}, ${fileGets} file GETs`,
      floor: '-',
      'vs Python best': ratio(pythonBest(`again ${place}`), samples.s(`sdk again ${place}`)),
      'vs floor': '-',
    });
  }
}

export default async function compareBench(): Promise<void> {
  const python = pythonClient();
  if (!python) {
    console.log(
      'The Python client is not measured: no client kit was found (set PYTHON_CLIENT_KIT to the folder holding its setup.sh, or WANDB_BENCH_VENV to a virtualenv holding wandb).',
    );
  }
  const only = (process.env.BENCH_CASES ?? 'cold,list,artifact').split(',');
  const rows: Array<Record<string, string>> = [];
  if (only.includes('cold')) await coldStart(python, rows);
  if (only.includes('list')) await listing(python, rows);
  const scale: Array<Record<string, string>> = [];
  if (only.includes('artifact')) await artifacts(python, rows, scale);
  printTable(`The SDK beside wandb ${python ? '0.30.0 (Python)' : '(not measured)'}, ${LATENCY_MS} ms per request, median of ${REPEATS}`, rows);
  if (scale.length) {
    printTable(
      'Downloads beside the least a correct download does (fetch, MD5, temporary file, rename; no retries, deadlines or records), same runs',
      scale,
    );
  }
}
