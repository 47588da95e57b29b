import { readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { filesUnder, freshDir } from '../support/folders';

const { fake, api } = useFakeWandb();

const FILES: Record<string, string> = {
  'a.txt': 'alpha-1\n',
  'nested/b.txt': 'bravo-22\n',
  'nested/deeper/c.bin': 'c'.repeat(3000),
};

/** A fixed modification time in whole seconds, which `utimes` sets exactly. */
const T = 1_700_000_000;

/** An Api that counts its requests for files (the manifest left out). */
function countingApi() {
  const files: string[] = [];
  const client = api({
    fetch: (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith('https://storage.wandb.test/') && !url.endsWith('/wandb_manifest.json')) files.push(url);
      return fetch(input, init);
    },
  });
  return { client, files };
}

/** Every file below `root` given the same modification time `T`. */
function settle(root: string): void {
  for (const path of filesUnder(root)) utimesSync(join(root, path), T, T);
}

/** Rewrites a file in place (same inode) with other bytes of the same length. */
function corruptInPlace(file: string): void {
  const size = statSync(file).size;
  writeFileSync(file, 'Z'.repeat(size), { flag: 'r+' });
}

describe('verified-file records', () => {
  let cacheDir: string;
  let root: string;
  beforeEach(() => {
    cacheDir = freshDir();
    root = join(freshDir(), 'out');
  });

  /** Downloads v0 into `root`, then once more with every file at time `T`, so the records hold `T`. */
  async function downloadSettled(): Promise<void> {
    await (await api().artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    settle(root);
    const { client, files } = countingApi();
    await (await client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(files).toEqual([]);
  }

  it('re-downloads an unchanged artifact with no file requests, trusting the records without reading the files', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    await downloadSettled();
    // Bytes changed behind the records' back, with size, time and inode kept: the records are
    // trusted, so the file is not read (and the change goes unseen).
    corruptInPlace(join(root, 'a.txt'));
    utimesSync(join(root, 'a.txt'), T, T);
    const trusting = countingApi();
    await (await trusting.client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(trusting.files).toEqual([]);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('ZZZZZZZZ');
    // Without records every file is hashed, and the changed one fetched again.
    const hashing = countingApi();
    await (await hashing.client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir: null });
    expect(hashing.files).toHaveLength(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(FILES['a.txt']);
  });

  it('hashes a file again when its modification time changed since it was verified', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    await downloadSettled();
    corruptInPlace(join(root, 'nested/b.txt'));
    utimesSync(join(root, 'nested/b.txt'), T + 1, T + 1);
    const { client, files } = countingApi();
    await (await client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(files).toHaveLength(1);
    expect(readFileSync(join(root, 'nested/b.txt'), 'utf8')).toBe(FILES['nested/b.txt']);
  });

  it('hashes a file again when its inode changed since it was verified', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    await downloadSettled();
    // Another file of the same size and time moved into place.
    const target = join(root, 'nested/deeper/c.bin');
    writeFileSync(`${target}.new`, 'Z'.repeat(3000));
    utimesSync(`${target}.new`, T, T);
    renameSync(`${target}.new`, target);
    const { client, files } = countingApi();
    await (await client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(files).toHaveLength(1);
    expect(readFileSync(target, 'utf8')).toBe(FILES['nested/deeper/c.bin']);

    // A copy with the right bytes under a new inode is hashed, found right, and kept.
    writeFileSync(`${target}.new`, FILES['nested/deeper/c.bin'] as string);
    renameSync(`${target}.new`, target);
    const again = countingApi();
    await (await again.client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(again.files).toEqual([]);
  });

  it('fetches a file again when its size changed since it was verified', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    await downloadSettled();
    writeFileSync(join(root, 'a.txt'), 'alpha-1\nmore\n');
    utimesSync(join(root, 'a.txt'), T, T);
    const { client, files } = countingApi();
    await (await client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(files).toHaveLength(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(FILES['a.txt']);
  });

  it('never trusts a record over the manifest: another version with other bytes at the same path is fetched', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    fake.seed.artifact({ project: 'p', name: 'docs', files: { ...FILES, 'a.txt': 'alpha-2\n' } });
    await downloadSettled();
    // The record of a.txt is right about the file on disk, but names v0's checksum, not v1's.
    const v1 = countingApi();
    await (await v1.client.artifact('demo-user/p/docs:v1')).download({ root, cacheDir });
    expect(v1.files).toHaveLength(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('alpha-2\n');
    // And back: v1's record does not stand for v0's bytes.
    const v0 = countingApi();
    await (await v0.client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(v0.files).toHaveLength(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(FILES['a.txt']);
  });

  it('hashes every file when the records cannot be read, fetching only what is wrong', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    await downloadSettled();
    const records = join(cacheDir, 'verified');
    for (const name of readdirSync(records)) writeFileSync(join(records, name), '{ not json');
    corruptInPlace(join(root, 'a.txt'));
    utimesSync(join(root, 'a.txt'), T, T);
    const { client, files } = countingApi();
    await (await client.artifact('demo-user/p/docs:v0')).download({ root, cacheDir });
    expect(files).toHaveLength(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(FILES['a.txt']);
  });

  it('keeps records for single entries too', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    const artifact = await api().artifact('demo-user/p/docs:v0');
    const dest = await (await artifact.getEntry('nested/b.txt')).download({ root, cacheDir });
    utimesSync(dest, T, T);
    await (await artifact.getEntry('nested/b.txt')).download({ root, cacheDir });
    corruptInPlace(dest);
    utimesSync(dest, T, T);
    const { client, files } = countingApi();
    const again = await client.artifact('demo-user/p/docs:v0');
    await (await again.getEntry('nested/b.txt')).download({ root, cacheDir });
    expect(files).toEqual([]);
    utimesSync(dest, T + 5, T + 5);
    await (await again.getEntry('nested/b.txt')).download({ root, cacheDir });
    expect(files).toHaveLength(1);
    expect(readFileSync(dest, 'utf8')).toBe(FILES['nested/b.txt']);
  });

  it('refuses a cacheDir that is not a folder path, before sending anything', async () => {
    fake.seed.artifact({ project: 'p', name: 'docs', files: FILES });
    const artifact = await api().artifact('demo-user/p/docs:v0');
    const before = fake.requests.length;
    for (const bad of [42, '', {}]) {
      const error = await rejectionOf(artifact.download({ root, cacheDir: bad as never }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toMatch(/cacheDir/);
    }
    expect(fake.requests.length).toBe(before);
  });
});
