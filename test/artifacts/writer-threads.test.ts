import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** Runs a script of scripts/ (writer-threads.ts unless told) in a plain Node process; its last line of output, parsed. */
async function run(mode: string, script = 'writer-threads.ts', timeout = 50_000): Promise<Record<string, unknown>> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [require.resolve('tsx/cli'), join(__dirname, 'scripts', script)],
      { env: { ...process.env, MODE: mode }, timeout },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
    ),
  );
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

/** Every file written with its bytes, and each changed file refused with nothing of it left. */
const allWritten = {
  files: ['empty.txt', 'large/a.bin', 'medium.bin', 'small.bin'],
  same: true,
};

const mismatchesLeaveNothing = {
  'mismatch small.bin': { error: 'IntegrityError', left: [] },
  'mismatch large/a.bin': { error: 'IntegrityError', left: [] },
};

describe('the file writer thread of downloads (in a plain Node process)', () => {
  it('does not keep the process alive when the first download failed before any byte came', async () => {
    // Before, the thread started for it held the process for ever: the run would be killed here.
    expect(await run('normal', 'failed-first.ts', 30_000)).toEqual({ runFile: 'ServerError', artifact: 'NotFoundError', left: [] });
  }, 40_000);

  it('writes with worker threads, which do not keep the finished process alive', async () => {
    expect(await run('normal')).toEqual({
      ...allWritten,
      threads: 'some',
      largeFileGets: 1,
      ...mismatchesLeaveNothing,
    });
  }, 60_000);

  it('writes on the main thread where no worker thread can start, with the same checks', async () => {
    expect(await run('no-workers')).toEqual({
      ...allWritten,
      threads: 0,
      largeFileGets: 1,
      ...mismatchesLeaveNothing,
    });
  }, 60_000);

  it('writes on the main thread once a thread fails before it ever answered, fetching that file again', async () => {
    expect(await run('worker-fails')).toEqual({
      ...allWritten,
      threads: 1,
      largeFileGets: 2,
      ...mismatchesLeaveNothing,
    });
  }, 60_000);

  it('starts a new thread and fetches the file again when the writer thread stops mid-file', async () => {
    expect(await run('worker-stops')).toEqual({
      ...allWritten,
      threads: 'some',
      startedAfterTheStop: true,
      largeFileGets: 2,
      ...mismatchesLeaveNothing,
    });
  }, 60_000);
});
