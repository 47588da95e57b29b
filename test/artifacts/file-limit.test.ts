import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs `script` (in scripts/) in a plain Node process under the shell limit `limit`; its last line
 * of output, parsed.
 */
async function run(script: string, limit: string, mode: string): Promise<Record<string, unknown>> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      '/bin/sh',
      ['-c', `ulimit ${limit} && exec "$0" "$@"`, process.execPath, require.resolve('tsx/cli'), join(__dirname, 'scripts', script)],
      { env: { ...process.env, MODE: mode }, timeout: 50_000 },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
    ),
  );
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

/** Each download fails once with the system's code, is not fetched again, and leaves nothing. */
const failsOnce = {
  batched: { error: { name: 'FileWriteError', code: 'EFBIG', path: 'big.bin' }, gets: 1, left: [] },
  whole: { error: { name: 'FileWriteError', code: 'EFBIG', path: 'whole.bin' }, gets: 1, left: [] },
  runFile: { error: { name: 'FileWriteError', code: 'EFBIG', path: 'model.bin' }, gets: 1, left: [] },
};

// The shell's `ulimit -f` counts 1,024-byte blocks: 512 KiB.
describe('downloads where the disk refuses a write (a file size limit)', () => {
  it('throw FileWriteError once, without fetching again, from the writer thread', async () => {
    expect(await run('file-limit.ts', '-f 512', 'normal')).toEqual(failsOnce);
  }, 60_000);

  it('throw the same FileWriteError where the writer runs on the main thread', async () => {
    expect(await run('file-limit.ts', '-f 512', 'no-workers')).toEqual(failsOnce);
  }, 60_000);
});

/** The download fails with the system's code, fetches once, leaves nothing, and works once files are let go. */
const outOfFiles = { error: { name: 'FileWriteError', code: 'EMFILE', path: 'data.txt' }, gets: 1, left: [], after: 'the bytes' };

describe('downloads in a process that has every file it may open already open', () => {
  it('throw FileWriteError naming EMFILE, not a bad root, from the writer thread', async () => {
    expect(await run('open-files.ts', '-n 256', 'normal')).toEqual(outOfFiles);
  }, 60_000);

  it('throw the same FileWriteError where the writer runs on the main thread', async () => {
    expect(await run('open-files.ts', '-n 256', 'no-workers')).toEqual(outOfFiles);
  }, 60_000);
});
