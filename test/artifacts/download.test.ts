import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse, passthrough } from 'msw';
import {
  AbortError,
  IntegrityError,
  InvalidArgumentError,
  NotFoundError,
  NotSupportedError,
  ServerError,
  type ArtifactDownloadProgress,
} from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { filesUnder, freshDir } from '../support/folders';

const { fake, server, api } = useFakeWandb();

interface Sent {
  url: string;
  authorization: string | null;
}

/** An Api whose requests are recorded (URL and Authorization header). */
function recordingApi(options: Parameters<typeof api>[0] = {}) {
  const sent: Sent[] = [];
  const client = api({
    ...options,
    fetch: (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      sent.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      return fetch(input, init);
    },
  });
  return { client, sent };
}

const FILES: Record<string, string> = {
  'train/a.csv': 'a,b\n1,2\n',
  'train/b.csv': 'a,b\n3,4\n',
  'test/c.csv': 'a,b\n5,6\n',
  'README.md': '# digits\n',
  'weights.bin': 'x'.repeat(50_000),
};

function seedArtifact(files: Record<string, string | Uint8Array> = FILES) {
  return fake.seed.artifact({ project: 'p', name: 'digits', files });
}

const isFileRequest = (s: Sent) => s.url.startsWith('https://storage.wandb.test/') && !s.url.endsWith('/wandb_manifest.json');
const hexOf = (record: ReturnType<typeof seedArtifact>, path: string) => Buffer.from(record.contents[path]!.digest, 'base64').toString('hex');

describe('artifact.download', () => {
  it('writes every file with its bytes, never sending the key to storage', async () => {
    seedArtifact();
    const { client, sent } = recordingApi();
    const root = join(freshDir(), 'out');
    const artifact = await client.artifact('demo-user/p/digits:v0');
    expect(await artifact.download({ root })).toBe(root);
    expect(filesUnder(root)).toEqual(Object.keys(FILES).sort());
    for (const [path, content] of Object.entries(FILES)) expect(readFileSync(join(root, path), 'utf8')).toBe(content);
    const storage = sent.filter((s) => s.url.startsWith('https://storage.wandb.test/'));
    expect(storage).toHaveLength(Object.keys(FILES).length + 1);
    expect(storage.every((s) => s.authorization === null)).toBe(true);
    expect(sent.filter((s) => s.url.endsWith('/graphql')).every((s) => s.authorization?.startsWith('Basic '))).toBe(true);
    expect(fake.operations()).toEqual(['ArtifactByName', 'ArtifactManifestUrl', 'ArtifactFileUrls']);
  });

  it('reports progress up to every file and byte', async () => {
    seedArtifact();
    const seen: ArtifactDownloadProgress[] = [];
    const artifact = await api().artifact('demo-user/p/digits:v0');
    await artifact.download({ root: freshDir(), onProgress: (p) => seen.push(p) });
    const total = Object.values(FILES).reduce((n, c) => n + c.length, 0);
    expect(seen[seen.length - 1]).toEqual({ filesDone: 5, filesTotal: 5, bytesDone: total, bytesTotal: total });
    expect(seen.every((p) => p.filesDone <= p.filesTotal && p.bytesDone <= p.bytesTotal)).toBe(true);
  });

  it('makes no file requests when the folder already holds the artifact', async () => {
    seedArtifact();
    const root = freshDir();
    await (await api().artifact('demo-user/p/digits:v0')).download({ root });
    const { client, sent } = recordingApi();
    await (await client.artifact('demo-user/p/digits:v0')).download({ root });
    expect(sent.filter(isFileRequest)).toEqual([]);
    expect(fake.operations().slice(-2)).toEqual(['ArtifactByName', 'ArtifactManifestUrl']);
  });

  it('fetches again only a file that was changed or removed, asking for its URL by name', async () => {
    seedArtifact();
    const root = freshDir();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    await artifact.download({ root });
    writeFileSync(join(root, 'train/a.csv'), 'a,b\n1,X\n');
    const { client, sent } = recordingApi();
    await (await client.artifact('demo-user/p/digits:v0')).download({ root });
    expect(sent.filter(isFileRequest).map((s) => s.url.split('/').pop())).toEqual(['a.csv']);
    expect(fake.requests.filter((r) => r.operationName === 'ArtifactFileUrls').pop()?.variables).toMatchObject({ names: ['train/a.csv'] });
    expect(readFileSync(join(root, 'train/a.csv'), 'utf8')).toBe(FILES['train/a.csv']);
  });

  it('fetches at most `concurrency` files at once', async () => {
    seedArtifact(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, `file ${i}`])));
    let inFlight = 0;
    let most = 0;
    const client = api({
      fetch: async (input, init) => {
        const file = String(input instanceof Request ? input.url : input).includes('/storage/');
        if (file) most = Math.max(most, ++inFlight);
        try {
          return await fetch(input, init);
        } finally {
          if (file) inFlight--;
        }
      },
    });
    const artifact = await client.artifact('demo-user/p/digits:v0');
    await artifact.manifest();
    fake.latencyMs = 10;
    try {
      await artifact.download({ root: freshDir(), concurrency: 3 });
      expect(most).toBe(3);
      most = 0;
      await artifact.download({ root: freshDir(), concurrency: 1 });
      expect(most).toBe(1);
    } finally {
      fake.latencyMs = 0;
    }
  });

  it('refuses a concurrency that is not a positive whole number', async () => {
    seedArtifact();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    for (const concurrency of [0, -1, 1.5, Number.NaN]) {
      expect(await rejectionOf(artifact.download({ root: freshDir(), concurrency }))).toBeInstanceOf(InvalidArgumentError);
    }
  });

  it('throws IntegrityError when stored bytes do not match the manifest, leaving no partial file', async () => {
    const record = seedArtifact();
    fake.store.blobs.get(hexOf(record, 'weights.bin'))!.bytes = new TextEncoder().encode('y'.repeat(50_000));
    const root = freshDir();
    const error = await rejectionOf((await api().artifact('demo-user/p/digits:v0')).download({ root }));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain('weights.bin');
    const left = filesUnder(root);
    expect(left).not.toContain('weights.bin');
    expect(left.filter((f) => f.endsWith('.part'))).toEqual([]);
    for (const path of left) expect(readFileSync(join(root, path), 'utf8')).toBe(FILES[path]);
  });

  it('stops on abort with AbortError, leaving no partial file', async () => {
    seedArtifact();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    await artifact.manifest();
    fake.failNext({ path: '/storage' }, { delayMs: 2000 }, { times: 20 });
    const controller = new AbortController();
    const root = freshDir();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    expect(await rejectionOf(artifact.download({ root, signal: controller.signal }))).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(filesUnder(root)).toEqual([]);
  });

  it('gets a body that was cut off again', async () => {
    seedArtifact();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    await artifact.manifest();
    fake.failNext({ path: '/storage' }, { truncate: true });
    const root = freshDir();
    await artifact.download({ root });
    expect(filesUnder(root)).toEqual(Object.keys(FILES).sort());
  });

  it.each([['../escape.txt'], ['/etc/escape.txt'], ['a/../../escape.txt'], ['a\\..\\..\\escape.txt'], ['C:/escape.txt'], ['a//b.txt']])(
    'refuses the manifest path %p with ServerError, writing nothing',
    async (path) => {
      seedArtifact({ 'fine.txt': 'ok', [path]: 'evil' });
      const parent = freshDir();
      const root = join(parent, 'root');
      const error = await rejectionOf((await api().artifact('demo-user/p/digits:v0')).download({ root }));
      expect(error).toBeInstanceOf(ServerError);
      expect(error.message).toContain(JSON.stringify(path));
      expect(filesUnder(parent)).toEqual([]);
      expect(fake.operations()).not.toContain('ArtifactFileUrls');
    },
  );

  it('refuses a root that is a file before sending anything', async () => {
    seedArtifact();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    const file = join(freshDir(), 'taken');
    writeFileSync(file, 'mine');
    const before = fake.requests.length;
    const error = await rejectionOf(artifact.download({ root: file }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('root');
    expect(fake.requests.length).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it.each([
    ['not JSON', 'this is not json'],
    ['no contents', JSON.stringify({ version: 1, storagePolicy: 'wandb-storage-policy-v1' })],
    ['another version', JSON.stringify({ version: 2, contents: {} })],
    ['an entry without digest', JSON.stringify({ version: 1, contents: { 'a.txt': { size: 3 } } })],
    ['a negative size', JSON.stringify({ version: 1, contents: { 'a.txt': { digest: 'AAAAAAAAAAAAAAAAAAAAAA==', size: -3 } } })],
  ])('throws ServerError for a manifest with %s, writing nothing', async (_what, text) => {
    const record = seedArtifact();
    record.manifestBlob = fake.store.putBlob(text, 'application/json');
    const root = join(freshDir(), 'root');
    expect(await rejectionOf((await api().artifact('demo-user/p/digits:v0')).download({ root }))).toBeInstanceOf(ServerError);
    expect(existsSync(root)).toBe(false);
  });

  it('throws ServerError, writing nothing, when W&B lists no URL for a file the manifest has', async () => {
    const record = seedArtifact();
    delete record.contents['test/c.csv'];
    const root = join(freshDir(), 'root');
    const error = await rejectionOf((await api().artifact('demo-user/p/digits:v0')).download({ root }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('test/c.csv');
    expect(existsSync(root)).toBe(false);
  });

  it("falls back on W&B's authenticated route when storage refuses a file, and drops the key on the redirect to storage", async () => {
    const record = seedArtifact();
    const hex = hexOf(record, 'README.md');
    fake.failNext({ path: `/storage/${hex}` }, { status: 404 });
    const { client, sent } = recordingApi();
    const root = freshDir();
    await (await client.artifact('demo-user/p/digits:v0')).download({ root });
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(FILES['README.md']);
    const route = sent.findIndex((s) => s.url.includes('/artifactsV2/'));
    expect(sent[route]).toEqual({
      url: `https://api.wandb.test/artifactsV2/default/demo-user/p/digits/${encodeURIComponent(record.id)}/${hex}/README.md`,
      authorization: `Basic ${btoa(`api:${fake.apiKey}`)}`,
    });
    expect(sent[route + 1]).toEqual({ url: `https://storage.wandb.test/storage/${hex}/README.md`, authorization: null });
    expect(fake.requests.find((r) => r.path.startsWith('/artifactsV2/'))?.status).toBe(302);
  });

  it('throws when the fallback fails too, leaving nothing of that file', async () => {
    const record = seedArtifact();
    const hex = hexOf(record, 'README.md');
    fake.failNext({ path: `/storage/${hex}` }, { status: 403 });
    fake.failNext({ path: '/artifactsV2' }, { status: 404 });
    const root = freshDir();
    expect(await rejectionOf((await api().artifact('demo-user/p/digits:v0')).download({ root }))).toBeInstanceOf(NotFoundError);
    expect(filesUnder(root)).not.toContain('README.md');
    expect(filesUnder(root).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('refuses a folder inside root that leads elsewhere through a symbolic link', async () => {
    seedArtifact();
    const outside = freshDir();
    const root = freshDir();
    symlinkSync(outside, join(root, 'train'), 'dir');
    const error = await rejectionOf((await api().artifact('demo-user/p/digits:v0')).download({ root }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(filesUnder(outside)).toEqual([]);
  });

  it('downloads only the files under pathPrefix', async () => {
    seedArtifact();
    const root = freshDir();
    await (await api().artifact('demo-user/p/digits:v0')).download({ root, pathPrefix: 'train/' });
    expect(filesUnder(root)).toEqual(['train/a.csv', 'train/b.csv']);
  });

  it('surfaces an error thrown by onProgress, leaving no partial file', async () => {
    seedArtifact();
    const root = freshDir();
    const error = await rejectionOf(
      (await api().artifact('demo-user/p/digits:v0')).download({
        root,
        onProgress: () => {
          throw new Error('listener broke');
        },
      }),
    );
    expect(error.message).toBe('listener broke');
    expect(filesUnder(root).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('reference entries', () => {
  const refUrl = 'https://data.example.com/shared/labels.json';
  const labels = '{"0":"zero"}';

  function seedWithReferences(references: Record<string, string | { uri: string; digest?: string; size?: number }>) {
    return fake.seed.artifact({ project: 'p', name: 'refs', files: { 'local.txt': 'here' }, references });
  }

  it('downloads http(s) references without credentials, checking size and MD5 when the digest is one', async () => {
    const seen: Array<string | null> = [];
    server.use(
      http.get(refUrl, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return new HttpResponse(labels);
      }),
    );
    const md5 = createHash('md5').update(labels).digest('hex');
    seedWithReferences({ 'labels.json': { uri: refUrl, digest: md5, size: labels.length } });
    const root = freshDir();
    await (await api().artifact('demo-user/p/refs:v0')).download({ root });
    expect(readFileSync(join(root, 'labels.json'), 'utf8')).toBe(labels);
    expect(seen).toEqual([null]);
  });

  it('throws IntegrityError when a reference does not match its size', async () => {
    server.use(http.get(refUrl, () => new HttpResponse(labels)));
    seedWithReferences({ 'labels.json': { uri: refUrl, digest: '"etag-123"', size: 3 } });
    const root = freshDir();
    expect(await rejectionOf((await api().artifact('demo-user/p/refs:v0')).download({ root }))).toBeInstanceOf(IntegrityError);
    expect(filesUnder(root)).not.toContain('labels.json');
  });

  it('refuses references it cannot fetch, before writing anything, unless told to skip them', async () => {
    seedWithReferences({ 'bucket/data.bin': 's3://bucket/data.bin' });
    const root = join(freshDir(), 'root');
    const artifact = await api().artifact('demo-user/p/refs:v0');
    const error = await rejectionOf(artifact.download({ root }));
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(error.message).toContain('s3://bucket/data.bin');
    expect(existsSync(root)).toBe(false);
    await artifact.download({ root, skipReferences: true });
    expect(filesUnder(root)).toEqual(['local.txt']);
  });
});

describe('verify, file, entries and files', () => {
  it('verifies a complete folder, and names what differs otherwise', async () => {
    seedArtifact();
    const root = freshDir();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    await artifact.download({ root });
    await expect(artifact.verify({ root })).resolves.toBeUndefined();
    writeFileSync(join(root, 'train/a.csv'), 'changed');
    writeFileSync(join(root, 'extra.txt'), 'not in the artifact');
    rmSync(join(root, 'README.md'));
    const error = await rejectionOf(artifact.verify({ root }));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain('train/a.csv has 7 bytes');
    expect(error.message).toContain('extra.txt is not a file of the artifact');
    expect(error.message).toContain('README.md is missing');
    expect(await rejectionOf(artifact.verify({ root: join(root, 'nowhere') }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('downloads the only file of a single-file artifact, and refuses an artifact with several', async () => {
    fake.seed.artifact({ project: 'p', name: 'config', files: { 'settings.yaml': 'lr: 0.1\n' } });
    seedArtifact();
    const root = freshDir();
    const path = await (await api().artifact('demo-user/p/config:v0')).file({ root });
    expect(path).toBe(join(root, 'settings.yaml'));
    expect(readFileSync(path, 'utf8')).toBe('lr: 0.1\n');
    expect(await rejectionOf((await api().artifact('demo-user/p/digits:v0')).file({ root }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('downloads one entry, asking W&B for that file only', async () => {
    seedArtifact();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    const entry = await artifact.getEntry('test/c.csv');
    expect(entry).toMatchObject({ path: 'test/c.csv', size: FILES['test/c.csv']!.length, isReference: false });
    const root = freshDir();
    expect(await entry.download({ root })).toBe(join(root, 'test/c.csv'));
    expect(filesUnder(root)).toEqual(['test/c.csv']);
    expect(fake.requests.filter((r) => r.operationName === 'ArtifactFileUrls').pop()?.variables).toMatchObject({ names: ['test/c.csv'] });
    expect((await artifact.getPath('README.md')).path).toBe('README.md');
    expect(await rejectionOf(artifact.getEntry('nope.txt'))).toBeInstanceOf(NotFoundError);
  });

  it('lists files with their URLs and downloads one of them', async () => {
    seedArtifact();
    const artifact = await api().artifact('demo-user/p/digits:v0');
    const files = artifact.files({ perPage: 2 });
    expect((await files.toArray()).map((f) => f.name)).toEqual(['README.md', 'test/c.csv', 'train/a.csv', 'train/b.csv', 'weights.bin']);
    expect(await files.length()).toBe(5);
    const [csv] = await artifact.files({ names: ['train/b.csv'] }).toArray();
    expect(csv).toMatchObject({ name: 'train/b.csv', sizeBytes: FILES['train/b.csv']!.length, mimetype: 'text/csv' });
    const root = freshDir();
    expect(await csv!.download({ root })).toBe(join(root, 'train/b.csv'));
    expect(readFileSync(join(root, 'train/b.csv'), 'utf8')).toBe(FILES['train/b.csv']);
    expect(await rejectionOf(csv!.download({ root }))).toBeInstanceOf(InvalidArgumentError);
    await csv!.download({ root, replace: true });
  });

  it('checks out: removes files the artifact lacks, then downloads', async () => {
    seedArtifact({ 'a.txt': 'a' });
    const root = freshDir();
    mkdirSync(join(root, 'old'));
    writeFileSync(join(root, 'old/stale.txt'), 'stale');
    await (await api().artifact('demo-user/p/digits:v0')).checkout({ root });
    expect(filesUnder(root)).toEqual(['a.txt']);
  });
});

describe('manifest layout', () => {
  it('refuses a manifest with a file and a folder of the same name, writing nothing', async () => {
    fake.seed.artifact({ project: 'p', name: 'clash', files: { data: 'file', 'data/inner.txt': 'nested' } });
    const root = join(freshDir(), 'root');
    const error = await rejectionOf((await api().artifact('demo-user/p/clash:v0')).download({ root }));
    expect(error).toBeInstanceOf(ServerError);
    expect(existsSync(root)).toBe(false);
  });
});

describe('over HTTP', () => {
  it('downloads from the fake served on a port, with storage on the other loopback name and no key sent there', async () => {
    seedArtifact();
    const listening = await fake.listen({ port: 0 });
    try {
      const storage = `http://localhost:${listening.port}`;
      server.use(
        http.all(`${listening.url}/*`, () => passthrough()),
        http.all(`${storage}/*`, () => passthrough()),
      );
      const { client, sent } = recordingApi({ baseUrl: listening.url });
      const root = freshDir();
      await (await client.artifact('demo-user/p/digits:v0')).download({ root });
      expect(filesUnder(root)).toEqual(Object.keys(FILES).sort());
      const toStorage = sent.filter((s) => s.url.startsWith(`${storage}/`));
      expect(toStorage).toHaveLength(Object.keys(FILES).length + 1);
      expect(toStorage.every((s) => s.authorization === null)).toBe(true);
    } finally {
      await listening.close();
    }
  });
});
