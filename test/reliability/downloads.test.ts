/**
 * Downloads: after any failed, stalled or aborted download, of a run file or an artifact, no
 * partial and no temporary file is left, and a file that was there before is left as it was;
 * file names and manifest paths that would lead out of the download folder are refused, and
 * nothing is ever written outside it.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { AbortError, InvalidArgumentError, ServerError, TimeoutError, WandbError, type Artifact, type RunFile } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { filesUnder, freshDir, removeDirs } from '../support/folders';
import { settle, within } from '../support/promises';

const { fake, server, api } = useFakeWandb();
afterEach(removeDirs);

const BIG = 'y'.repeat(256 * 1024);
const STORAGE = 'https://storage.wandb.test';

async function runFile(name = 'data/big.bin', content = BIG): Promise<RunFile> {
  fake.seed.run({ project: 'p', id: 'r1' });
  fake.seed.runFile({ project: 'p', run: 'r1', name, content });
  return (await api({ retries: 1 }).run('demo-user/p/r1')).file(name);
}

async function artifact(files: Record<string, string> = { 'big.bin': BIG, 'small.txt': 'small' }): Promise<Artifact> {
  fake.seed.artifact({ project: 'p', name: 'set', files });
  return api({ retries: 1 }).artifact('demo-user/p/set:v0');
}

/** Answers requests for the stored bytes behind `url` with `first`, then nothing more until the request is aborted. */
function stallAfter(url: string, first: Uint8Array) {
  const blob = new URL(url).pathname.split('/').slice(0, 3).join('/');
  server.use(
    http.get(`${STORAGE}${blob}/*`, ({ request }) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(first);
          request.signal.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      });
      return new HttpResponse(body, { headers: { 'content-length': String(BIG.length) } });
    }),
  );
}

describe('no partial or temporary file after a failed download', () => {
  it.each([
    ['before the request', 0],
    ['while waiting for the answer', 30],
  ])('a run file download aborted %s leaves nothing', async (_when, after) => {
    const file = await runFile();
    const root = freshDir();
    fake.failNext({ path: '/storage' }, { delayMs: 2000 });
    const controller = new AbortController();
    if (after === 0) controller.abort();
    else setTimeout(() => controller.abort(), after);
    const { error } = await settle(file.download({ root, signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(filesUnder(root)).toEqual([]);
  });

  it('a run file download aborted mid-body leaves nothing', async () => {
    const file = await runFile();
    const root = freshDir();
    stallAfter(file.directUrl, new TextEncoder().encode(BIG.slice(0, 1000)));
    const controller = new AbortController();
    const pending = file.download({ root, signal: controller.signal, onProgress: () => controller.abort() });
    expect((await settle(within(5000, pending, 'the download'))).error).toBeInstanceOf(AbortError);
    expect(filesUnder(root)).toEqual([]);
  });

  it('a run file whose body stops arriving times out, leaving nothing', async () => {
    const file = await runFile();
    const root = freshDir();
    stallAfter(file.directUrl, new TextEncoder().encode(BIG.slice(0, 1000)));
    const started = Date.now();
    const { error } = await settle(within(5000, file.download({ root, timeout: 200 }), 'the download'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(filesUnder(root)).toEqual([]);
  });

  it('a failed replacement leaves the old file as it was', async () => {
    const file = await runFile();
    const root = freshDir();
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'big.bin'), 'the old content');
    fake.failNext({ path: '/storage' }, { truncate: true }, { times: 10 });
    expect((await settle(file.download({ root, replace: true }))).error).toBeInstanceOf(WandbError);
    expect(filesUnder(root)).toEqual([join('data', 'big.bin')]);
    expect(readFileSync(join(root, 'data', 'big.bin'), 'utf8')).toBe('the old content');
  });

  it('an artifact download aborted mid-body, or stalled, leaves only whole files', async () => {
    for (const how of ['abort', 'stall'] as const) {
      const art = await artifact();
      const root = freshDir();
      const [big] = await art.files({ names: ['big.bin'] }).toArray();
      stallAfter(big!.directUrl, new TextEncoder().encode(BIG.slice(0, 1000)));
      const controller = new AbortController();
      const pending = art.download({
        root,
        ...(how === 'abort' ? { signal: controller.signal, onProgress: (p) => p.bytesDone > 0 && controller.abort() } : { timeout: 200 }),
      });
      const { error } = await settle(within(5000, pending, 'the download'));
      expect(error).toBeInstanceOf(how === 'abort' ? AbortError : TimeoutError);
      const left = filesUnder(root);
      expect(left.filter((f) => f !== 'small.txt')).toEqual([]);
      if (left.includes('small.txt')) expect(readFileSync(join(root, 'small.txt'), 'utf8')).toBe('small');
      server.resetHandlers();
      fake.reset();
    }
  });
});

describe('paths that lead out of the download folder', () => {
  /** Whether a path may be written below a folder: relative, no `..`, `.` or empty part, no NUL (backslashes count as separators). */
  const safe = (path: string) =>
    path.length > 0 &&
    !path.includes('\0') &&
    !/^([A-Za-z]:|[\\/])/.test(path) &&
    path.split(/[\\/]/).every((s) => s !== '' && s !== '.' && s !== '..');
  const part = fc.oneof(
    fc.constantFrom('..', '.', '', 'a', 'b.txt', '..hidden', '...', 'c:', 'x\\..', '\0', ' '),
    fc.stringMatching(/^[a-z.]{1,4}$/),
  );
  const path = fc.oneof(
    fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/')),
    fc
      .tuple(fc.constantFrom('/', '\\', 'C:/', 'c:\\', '//'), fc.array(part, { minLength: 1, maxLength: 3 }))
      .map(([lead, parts]) => lead + parts.join('/')),
  );

  it('refuses artifact manifest paths that leave the root, writes the others inside it, and never writes outside (150 manifests)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(path, async (name) => {
        fake.reset();
        fake.seed.artifact({ project: 'p', name: 'set', files: { [name]: 'content', 'fine.txt': 'fine' } });
        const parent = freshDir();
        const root = join(parent, 'root');
        const { error } = await settle((async () => (await api().artifact('demo-user/p/set:v0')).download({ root }))());
        const written = filesUnder(parent);
        if (safe(name)) {
          expect(error).toBeUndefined();
          expect(written).toEqual([join('root', ...name.split('/')), join('root', 'fine.txt')].sort());
        } else {
          refused++;
          expect(error).toBeInstanceOf(ServerError);
          expect(written).toEqual([]);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(refused).toBeGreaterThan(25);
  });

  it.each([['../escape.txt'], ['a/../../escape.txt'], ['/etc/escape.txt'], ['..']])('refuses the run file name %p, writing nothing', async (name) => {
    const file = await runFile(name, 'evil');
    const parent = freshDir();
    const { error } = await settle(file.download({ root: join(parent, 'root') }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(filesUnder(parent)).toEqual([]);
  });

  it('writes a run file named ..hidden inside the root', async () => {
    const file = await runFile('..hidden', 'fine');
    const root = freshDir();
    expect(readFileSync(await file.download({ root }), 'utf8')).toBe('fine');
    expect(filesUnder(root)).toEqual(['..hidden']);
  });

  it('refuses to follow a folder inside the root that is a symbolic link to elsewhere, for run files and artifact files', async () => {
    const outside = freshDir();
    const root = freshDir();
    symlinkSync(outside, join(root, 'media'));
    const file = await runFile('media/a.png', 'png');
    expect((await settle(file.download({ root }))).error).toBeInstanceOf(InvalidArgumentError);
    const art = await artifact({ 'media/b.png': 'png' });
    const [listed] = await art.files().toArray();
    expect((await settle(listed!.download({ root }))).error).toBeInstanceOf(InvalidArgumentError);
    expect((await settle(art.download({ root }))).error).toBeInstanceOf(InvalidArgumentError);
    expect(filesUnder(outside)).toEqual([]);
  });
});
