import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortError, IntegrityError, InvalidArgumentError, NetworkError, NotFoundError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { downloadToFile, fileMatches } from '../../src/client/download';
import { resolveSettings } from '../../src/client/settings';
import { Transport } from '../../src/client/transport';
import { rejectionOf } from '../support/promises';

const fake = createFakeWandb();
const seenAuth: Array<string | null> = [];
const transport = new Transport(
  resolveSettings({
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    env: {},
    retries: 2,
    retryDelay: { base: 1, max: 5 },
    fetch: (input, init) => {
      seenAuth.push(new Headers(init?.headers).get('authorization'));
      return fake.fetch(input, init);
    },
  }),
);
const content = 'x'.repeat(100_000);
const blob = fake.store.putBlob(content);
const storage = fake.storageOriginFor(new URL(fake.baseUrl));
const url = `${storage}/storage/${blob}/data.txt`;
const md5 = fake.store.blobs.get(blob)!.md5;

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'wandb-api-dl-'));
}

afterEach(() => {
  fake.clearFaults();
  seenAuth.length = 0;
});

describe('downloadToFile', () => {
  it('streams to the destination, checks MD5 and size, and reports progress', async () => {
    const dir = freshDir();
    const progress: number[] = [];
    const result = await downloadToFile(transport, url, join(dir, 'sub', 'data.txt'), {
      expect: { md5, size: content.length },
      onProgress: (n) => progress.push(n),
    });
    expect(result).toEqual({ path: join(dir, 'sub', 'data.txt'), size: content.length, md5 });
    expect(readFileSync(result.path, 'utf8')).toBe(content);
    expect(progress[progress.length - 1]).toBe(content.length);
    expect(await fileMatches(result.path, { md5, size: content.length })).toBe(true);
  });

  it('accepts a hex MD5 too', async () => {
    const dir = freshDir();
    await expect(downloadToFile(transport, url, join(dir, 'f'), { expect: { md5: blob } })).resolves.toMatchObject({ md5 });
  });

  it('sends no Authorization to storage URLs', async () => {
    await downloadToFile(transport, url, join(freshDir(), 'f'));
    expect(url.startsWith('https://storage.wandb.test/')).toBe(true);
    expect(seenAuth).toEqual([null]);
  });

  it('drops the key when a W&B URL redirects to storage on another origin', async () => {
    fake.addRoute({
      method: 'GET',
      path: /^\/redirect-me$/,
      auth: true,
      handle: () => new Response(null, { status: 302, headers: { location: url } }),
    });
    await downloadToFile(transport, `${fake.baseUrl}/redirect-me`, join(freshDir(), 'f'), { expect: { md5 } });
    expect(seenAuth).toEqual([expect.stringMatching(/^Basic /), null]);
  });

  it('throws IntegrityError on a checksum mismatch and leaves nothing behind', async () => {
    const dir = freshDir();
    const error = await rejectionOf(downloadToFile(transport, url, join(dir, 'f'), { expect: { md5: 'AAAAAAAAAAAAAAAAAAAAAA==' } }));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('throws IntegrityError on a size mismatch', async () => {
    const dir = freshDir();
    expect(await rejectionOf(downloadToFile(transport, url, join(dir, 'f'), { expect: { size: 5 } }))).toBeInstanceOf(IntegrityError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fetches again when the body is cut off, and succeeds', async () => {
    fake.failNext({ path: '/storage' }, { truncate: true });
    const dir = freshDir();
    await expect(downloadToFile(transport, url, join(dir, 'f'), { expect: { md5 } })).resolves.toMatchObject({ size: content.length });
    expect(readdirSync(dir)).toEqual(['f']);
  });

  it('gives up with NetworkError when the body is always cut off, leaving no partial file', async () => {
    fake.failNext({ path: '/storage' }, { truncate: true }, { times: 5 });
    const dir = freshDir();
    expect(await rejectionOf(downloadToFile(transport, url, join(dir, 'f')))).toBeInstanceOf(NetworkError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to overwrite unless replace is set', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'f'), 'old');
    const error = await rejectionOf(downloadToFile(transport, url, join(dir, 'f')));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('old');
    await downloadToFile(transport, url, join(dir, 'f'), { replace: true });
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe(content);
  });

  it('maps a missing blob to NotFoundError and writes nothing', async () => {
    const dir = freshDir();
    const missing = `${storage}/storage/${'0'.repeat(32)}/x`;
    expect(await rejectionOf(downloadToFile(transport, missing, join(dir, 'f')))).toBeInstanceOf(NotFoundError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops on abort with AbortError and leaves no partial file', async () => {
    fake.failNext({ path: '/storage' }, { delayMs: 500 });
    const dir = freshDir();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect(await rejectionOf(downloadToFile(transport, url, join(dir, 'f'), { signal: controller.signal }))).toBeInstanceOf(AbortError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
