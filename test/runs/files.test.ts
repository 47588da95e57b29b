import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntegrityError, InvalidArgumentError, NetworkError, NotFoundError, RunFile, type Run } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wandb-files-test-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fetch that records whether each request carried the API key. */
function recordingFetch() {
  const sent: Array<{ method: string; url: string; auth: boolean }> = [];
  const wrapped: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ method: init?.method ?? 'GET', url, auth: new Headers(init?.headers).has('authorization') });
    return fetch(input, init);
  };
  return { fetch: wrapped, sent };
}

async function seededRun(options: { fetch?: typeof fetch } = {}): Promise<Run> {
  fake.seed.run({ project: 'p', id: 'r1' });
  for (const [name, content] of [
    ['config.yaml', 'lr: 0.1\n'],
    ['output.log', 'line 1\nline 2\n'],
    ['wandb-metadata.json', '{"host": "gpu-box", "gpu_count": 2}'],
    ['media/images/a.png', 'PNGDATA'],
    ['media/images/b.png', 'PNGDATA-2'],
  ] as const) {
    fake.seed.runFile({ project: 'p', run: 'r1', name, content });
  }
  const run = await api({ entity: 'demo-user', ...options }).run('p/r1');
  fake.requests.length = 0;
  return run;
}

describe('run files', () => {
  it('lists the files page by page, with W&B count, names and LIKE patterns', async () => {
    const run = await seededRun();
    const files = run.files({ perPage: 2 });
    const all = await files.toArray();
    expect(all.map((f) => f.name)).toEqual(['config.yaml', 'media/images/a.png', 'media/images/b.png', 'output.log', 'wandb-metadata.json']);
    expect(fake.operations()).toEqual(['RunFiles', 'RunFiles', 'RunFiles']);
    await expect(run.files().length()).resolves.toBe(5);
    expect(all[0]).toBeInstanceOf(RunFile);
    expect(all[0]).toMatchObject({ name: 'config.yaml', sizeBytes: 8, size: 8, mimetype: 'text/plain', md5: expect.any(String) });
    expect(all[0]?.updatedAt).toBeInstanceOf(Date);
    expect(all[0]?.url).toBe('https://api.wandb.test/files/demo-user/p/r1/config.yaml');
    expect(all[0]?.directUrl).toMatch(/^https:\/\/storage\.wandb\.test\/storage\//);
    expect((await run.files({ pattern: 'media/%.png' }).toArray()).map((f) => f.name)).toEqual(['media/images/a.png', 'media/images/b.png']);
    expect((await run.files({ names: ['output.log', 'nope'] }).toArray()).map((f) => f.name)).toEqual(['output.log']);
    expect(() => run.files({ names: ['a'], pattern: '%' })).toThrow(InvalidArgumentError);
    expect(() => run.files({ perPage: 0 })).toThrow(InvalidArgumentError);
  });

  it('finds one file by name, or throws NotFoundError', async () => {
    const run = await seededRun();
    expect((await run.file('output.log')).name).toBe('output.log');
    const error = await rejectionOf(run.file('missing.txt'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('missing.txt');
  });

  it('downloads through the W&B URL with the key, and follows the redirect to storage without it', async () => {
    const recorder = recordingFetch();
    const run = await seededRun({ fetch: recorder.fetch });
    const file = await run.file('media/images/a.png');
    recorder.sent.length = 0;
    const path = await file.download({ root: dir });
    expect(path).toBe(join(dir, 'media/images/a.png'));
    expect(readFileSync(path, 'utf8')).toBe('PNGDATA');
    expect(recorder.sent).toEqual([
      { method: 'GET', url: 'https://api.wandb.test/files/demo-user/p/r1/media/images/a.png', auth: true },
      { method: 'GET', url: expect.stringMatching(/^https:\/\/storage\.wandb\.test\/storage\//), auth: false },
    ]);
  });

  it('refuses to overwrite unless replace or existOk, and leaves the old file alone', async () => {
    const run = await seededRun();
    const file = await run.file('config.yaml');
    writeFileSync(join(dir, 'config.yaml'), 'old');
    expect(await rejectionOf(file.download({ root: dir }))).toBeInstanceOf(InvalidArgumentError);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('old');
    await expect(file.download({ root: dir, existOk: true })).resolves.toBe(join(dir, 'config.yaml'));
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('old');
    await file.download({ root: dir, replace: true });
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('lr: 0.1\n');
  });

  it('never leaves a partial file: cut bodies are retried, then reported', async () => {
    const run = await seededRun();
    const file = await run.file('output.log');
    fake.failNext({ path: '/storage' }, { truncate: true }, { times: 10 });
    expect(await rejectionOf(file.download({ root: dir }))).toBeInstanceOf(NetworkError);
    expect(readdirSync(dir)).toEqual([]);
    fake.clearFaults();
    fake.failNext({ path: '/storage' }, { truncate: true });
    await file.download({ root: dir });
    expect(readFileSync(join(dir, 'output.log'), 'utf8')).toBe('line 1\nline 2\n');
  });

  it('checks the MD5 and keeps nothing when storage serves other bytes', async () => {
    const run = await seededRun();
    const file = await run.file('output.log');
    const blob = [...fake.store.blobs.values()].find((b) => new TextDecoder().decode(b.bytes) === 'line 1\nline 2\n')!;
    blob.bytes = new TextEncoder().encode('line 1\nline X\n');
    expect(await rejectionOf(file.download({ root: dir }))).toBeInstanceOf(IntegrityError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file name that would leave root', async () => {
    const run = await seededRun();
    fake.seed.runFile({ project: 'p', run: 'r1', name: '../escape.txt', content: 'x' });
    const file = await run.file('../escape.txt');
    expect(await rejectionOf(file.download({ root: dir }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('deletes a file', async () => {
    const run = await seededRun();
    const file = await run.file('output.log');
    await file.delete();
    expect(fake.requests.at(-1)?.variables).toEqual({ files: [file.id], projectId: Number(run.projectId) });
    expect(await rejectionOf(run.file('output.log'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(file.delete())).toBeInstanceOf(NotFoundError);
  });

  it('reads the run metadata from wandb-metadata.json', async () => {
    const run = await seededRun();
    await expect(run.metadata()).resolves.toEqual({ host: 'gpu-box', gpu_count: 2 });
    await (await run.file('wandb-metadata.json')).delete();
    await expect(run.metadata()).resolves.toBeUndefined();
  });

  describe('uploadFile()', () => {
    it('uploads through the upload URL flow, without the key on storage, and checks the stored MD5', async () => {
      const recorder = recordingFetch();
      const run = await seededRun({ fetch: recorder.fetch });
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'notes.txt'), 'uploaded bytes');
      recorder.sent.length = 0;
      const file = await run.uploadFile(join(dir, 'sub', 'notes.txt'), { root: dir });
      expect(file).toMatchObject({ name: 'sub/notes.txt', sizeBytes: 14 });
      expect(fake.operations()).toEqual(['UploadRunFiles', 'RunFiles']);
      expect(fake.requests[0]?.variables).toEqual({ input: { entityName: 'demo-user', projectName: 'p', runName: 'r1', files: ['sub/notes.txt'] } });
      const put = recorder.sent.find((s) => s.method === 'PUT');
      expect(put).toMatchObject({ url: expect.stringMatching(/^https:\/\/storage\.wandb\.test\/upload\//), auth: false });
      expect(recorder.sent.filter((s) => s.url.endsWith('/graphql')).every((s) => s.auth)).toBe(true);
      const path = await file.download({ root: join(dir, 'back') });
      expect(readFileSync(path, 'utf8')).toBe('uploaded bytes');
    });

    it('names the file relative to the current folder by default', async () => {
      const run = await seededRun();
      const cwd = process.cwd();
      writeFileSync(join(dir, 'here.txt'), 'x');
      process.chdir(dir);
      try {
        expect((await run.uploadFile('here.txt')).name).toBe('here.txt');
      } finally {
        process.chdir(cwd);
      }
    });

    it('refuses files outside root and missing files before any request', async () => {
      const run = await seededRun();
      writeFileSync(join(dir, 'a.txt'), 'x');
      expect(await rejectionOf(run.uploadFile(join(dir, 'a.txt'), { root: join(dir, 'sub') }))).toBeInstanceOf(InvalidArgumentError);
      expect(await rejectionOf(run.uploadFile(join(dir, 'missing.txt'), { root: dir }))).toBeInstanceOf(InvalidArgumentError);
      expect(await rejectionOf(run.uploadFile(dir, { root: tmpdir() }))).toBeInstanceOf(InvalidArgumentError);
      expect(fake.requests).toHaveLength(0);
    });

    it('fails with IntegrityError when W&B stored other bytes', async () => {
      const run = await seededRun();
      writeFileSync(join(dir, 'a.txt'), 'mine');
      const original = fake.store.putBlob.bind(fake.store);
      fake.store.putBlob = (bytes, type) => original(typeof bytes === 'string' ? bytes : new TextEncoder().encode('theirs'), type);
      try {
        expect(await rejectionOf(run.uploadFile(join(dir, 'a.txt'), { root: dir }))).toBeInstanceOf(IntegrityError);
      } finally {
        fake.store.putBlob = original;
      }
    });
  });
});
