import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse, passthrough } from 'msw';
import { IntegrityError, TimeoutError, type ArtifactDownloadProgress } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { filesUnder, freshDir } from '../support/folders';

const { fake, api, server } = useFakeWandb();

// Sizes on both sides of the download's thresholds: files held whole, files written in batches,
// and files hashed off the main thread as they are written.
const FILES: Record<string, Uint8Array> = {
  'small.bin': randomBytes(64 * 1024),
  'medium.bin': randomBytes(3 * 1024 * 1024 + 17),
  'large/a.bin': randomBytes(9 * 1024 * 1024 + 5),
  'large/b.bin': randomBytes(12 * 1024 * 1024),
};

function seed() {
  return fake.seed.artifact({ project: 'p', name: 'big', files: FILES });
}

const hexOf = (record: ReturnType<typeof seed>, path: string) => Buffer.from(record.contents[path]!.digest, 'base64').toString('hex');

describe('artifact.download of large files', () => {
  it('writes files of every size with their exact bytes, reporting every byte', async () => {
    seed();
    const root = join(freshDir(), 'out');
    const seen: ArtifactDownloadProgress[] = [];
    await (await api().artifact('demo-user/p/big:v0')).download({ root, cacheDir: null, onProgress: (p) => seen.push(p) });
    expect(filesUnder(root)).toEqual(Object.keys(FILES).sort());
    for (const [path, bytes] of Object.entries(FILES)) expect(Buffer.compare(readFileSync(join(root, path)), Buffer.from(bytes))).toBe(0);
    const total = Object.values(FILES).reduce((n, b) => n + b.length, 0);
    expect(seen[seen.length - 1]).toEqual({ filesDone: 4, filesTotal: 4, bytesDone: total, bytesTotal: total });
  });

  it.each([['medium.bin'], ['large/a.bin']])(
    'throws IntegrityError for %s when its bytes differ at the same size, leaving nothing of it',
    async (path) => {
      const record = seed();
      const wrong = Buffer.from(FILES[path] as Uint8Array);
      wrong.writeUInt8(wrong.readUInt8(wrong.length >> 1) ^ 0xff, wrong.length >> 1);
      fake.store.blobs.get(hexOf(record, path))!.bytes = wrong;
      const root = freshDir();
      const error = await rejectionOf((await api().artifact('demo-user/p/big:v0')).download({ root, cacheDir: null }));
      expect(error).toBeInstanceOf(IntegrityError);
      expect(error.message).toContain(path);
      const left = filesUnder(root);
      expect(left).not.toContain(path);
      expect(left.filter((f) => f.endsWith('.part'))).toEqual([]);
    },
  );

  it('gets a large body that was cut off again, and its checksum is of the second body alone', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/big:v0');
    await artifact.manifest();
    fake.failNext({ path: '/storage' }, { truncate: true });
    const root = freshDir();
    await artifact.download({ root, cacheDir: null, concurrency: 1 });
    for (const [path, bytes] of Object.entries(FILES)) expect(Buffer.compare(readFileSync(join(root, path)), Buffer.from(bytes))).toBe(0);
  });

  it('gives up on a body that stops arriving after the timeout, leaving nothing of the file', async () => {
    seed();
    const artifact = await api({ timeout: 400, retries: 0 }).artifact('demo-user/p/big:v0');
    await artifact.manifest();
    server.use(
      http.get(/^https:\/\/storage\.wandb\.test\//, ({ request }) => {
        if (request.url.endsWith('/wandb_manifest.json')) return passthrough();
        // A start, then nothing more: the connection stays open.
        const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(1000)) });
        return new HttpResponse(body, { headers: { 'content-type': 'application/octet-stream' } });
      }),
    );
    const root = freshDir();
    const started = Date.now();
    const error = await rejectionOf(artifact.download({ root, cacheDir: null, timeout: 400 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/no data arrived for 400 ms/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(filesUnder(root)).toEqual([]);
  });

  it('re-downloads a complete folder from its records without fetching a file', async () => {
    seed();
    const root = freshDir();
    const cacheDir = freshDir();
    await (await api().artifact('demo-user/p/big:v0')).download({ root, cacheDir });
    const before = fake.requests.length;
    await (await api().artifact('demo-user/p/big:v0')).download({ root, cacheDir });
    const files = fake.requests.slice(before).filter((r) => r.path.startsWith('/storage/') && !r.path.endsWith('/wandb_manifest.json'));
    expect(files).toEqual([]);
  });
});
