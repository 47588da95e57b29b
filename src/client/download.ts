import { AbortError, IntegrityError, InvalidArgumentError, NetworkError, TimeoutError, WandbError } from './errors';
import { abortErrorFrom, timerDelay } from './retry';
import { checkCallOptions, type CallOptions, type Transport } from './transport';
import { onAbort } from './abort';

/** What the downloaded bytes must match. */
export interface DownloadExpectation {
  /** MD5 of the content, base64 (as W&B manifests write it) or hex. */
  md5?: string;
  /** Size in bytes. */
  size?: number;
}

/** Options of {@link downloadToFile}. */
export interface DownloadToFileOptions extends CallOptions {
  expect?: DownloadExpectation;
  /** Overwrite an existing file. @defaultValue false */
  replace?: boolean;
  /** Called with the bytes received so far, as they arrive. */
  onProgress?: (bytesSoFar: number) => void;
  /** Name of the call in errors. @defaultValue `GET <path>` */
  operation?: string;
  /**
   * The folder the caller downloads into: `dest` must lie below it, also once symbolic links
   * are followed, or nothing is written.
   */
  within?: string;
}

/** What a finished download wrote. */
export interface DownloadedFile {
  readonly path: string;
  readonly size: number;
  /** Base64 MD5 of what was written. */
  readonly md5: string;
}

/** An exception thrown by the caller's `onProgress`: passed on as it is, never retried. */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

/** Base64 form of an MD5 given as base64 or hex. */
export function md5Base64(md5: string): string {
  if (/^[0-9a-f]{32}$/i.test(md5)) return Buffer.from(md5, 'hex').toString('base64');
  return md5;
}

/** Base64 MD5 and size of a file on disk, or `undefined` when there is no such file. */
export async function fileDigest(path: string): Promise<{ md5: string; size: number } | undefined> {
  const [{ createReadStream }, { createHash }] = await Promise.all([import('node:fs'), import('node:crypto')]);
  const hash = createHash('md5');
  let size = 0;
  try {
    // 1 MiB reads hash about a third faster than the default 64 KiB ones.
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new InvalidArgumentError('path', `${path} is a directory, not a file`);
    throw error;
  }
  return { md5: hash.digest('base64'), size };
}

/** Whether a file already holds exactly the expected bytes. */
export async function fileMatches(path: string, expected: DownloadExpectation): Promise<boolean> {
  if (expected.md5 === undefined && expected.size === undefined) return false;
  const digest = await fileDigest(path);
  if (!digest) return false;
  return (expected.size === undefined || digest.size === expected.size) && (expected.md5 === undefined || digest.md5 === md5Base64(expected.md5));
}

type NodePath = typeof import('node:path');
type NodeFs = typeof import('node:fs/promises');

/** Whether `target` lies below `folder` (both absolute); `..hidden` does, `..` does not. */
export function isBelow(path: NodePath, folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** The real path of `target`'s nearest existing ancestor (itself included), following symbolic links. */
async function realAncestor(fsp: NodeFs, path: NodePath, target: string): Promise<string | undefined> {
  for (let at = target; ; at = path.dirname(at)) {
    const real = await fsp.realpath(at).catch(() => undefined);
    if (real !== undefined) return real;
    if (path.dirname(at) === at) return undefined;
  }
}

/** Refuses a `dest` whose folder is, or would be made, outside `within` (through `..` or a symbolic link). */
async function checkWithin(fsp: NodeFs, path: NodePath, within: string, dest: string): Promise<void> {
  const base = path.resolve(within);
  if (!isBelow(path, base, dest)) throw new InvalidArgumentError('root', `${dest} is not inside ${base}; refusing to write there`);
  const realBase = await realAncestor(fsp, path, base);
  const realFolder = await realAncestor(fsp, path, path.dirname(dest));
  if (realBase === undefined || realFolder === undefined) return;
  // Where the base does not exist yet, nothing below it does either.
  if (
    !(await fsp.stat(base).then(
      () => true,
      () => false,
    ))
  )
    return;
  if (realFolder !== realBase && !isBelow(path, realBase, realFolder)) {
    throw new InvalidArgumentError(
      'root',
      `The folder of ${dest} resolves to ${realFolder}, outside ${base} (a symbolic link?); refusing to write there`,
    );
  }
}

/**
 * Streams `url` to `dest` through the SDK's transport: into a temporary file beside `dest`,
 * checked against the expected MD5 and size, then renamed into place. On any failure (a cut
 * connection, a checksum mismatch, an abort, a time-out) nothing is left behind. A body cut off
 * mid-way is fetched again, as many times as the transport retries.
 *
 * The `timeout` bounds the wait for an answer (retries included) and every wait for more bytes,
 * not the whole transfer, so a large file on a slow link still arrives.
 *
 * @throws {@link IntegrityError} when the bytes do not match; {@link InvalidArgumentError} when
 *   `dest` exists and `replace` is not set, or its folder cannot be made; {@link TimeoutError}
 *   when no answer, or no more bytes, arrived within `timeout`.
 */
export async function downloadToFile(transport: Transport, url: string, dest: string, options: DownloadToFileOptions = {}): Promise<DownloadedFile> {
  const [fsp, path, { createHash, randomBytes }] = await Promise.all([import('node:fs/promises'), import('node:path'), import('node:crypto')]);
  const { signal, expect: expected = {}, replace = false, onProgress } = checkCallOptions(options) as DownloadToFileOptions;
  const operation = options.operation ?? `GET ${new URL(url).pathname}`;
  if (signal?.aborted) throw abortErrorFrom(signal, operation);

  if (options.within !== undefined) await checkWithin(fsp, path, options.within, dest);
  const existing = await fsp.stat(dest).catch(() => undefined);
  if (existing?.isDirectory()) throw new InvalidArgumentError('root', `${dest} is a directory; cannot download a file there`);
  if (existing && !replace) throw new InvalidArgumentError('replace', `${dest} already exists; pass replace: true to overwrite it`);
  try {
    await fsp.mkdir(path.dirname(dest), { recursive: true });
  } catch (error) {
    throw new InvalidArgumentError('root', `Cannot make the folder for ${dest}: ${(error as Error).message}`, { cause: error });
  }
  // Checked again once the folders exist, in case one was swapped for a link meanwhile.
  if (options.within !== undefined) await checkWithin(fsp, path, options.within, dest);

  const retries = transport.settings.retries;
  const idleMs = options.timeout ?? transport.settings.timeout;
  for (let attempt = 0; ; attempt++) {
    const temp = `${dest}.${randomBytes(6).toString('hex')}.part`;
    let stalled: TimeoutError | undefined;
    let idle: ReturnType<typeof setTimeout> | undefined;
    try {
      const response = await transport.request(
        url,
        { ...(signal ? { signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) },
        operation,
      );
      if (!response.body) throw new NetworkError(`${operation}: the answer has no body`, { operation });
      const hash = createHash('md5');
      let size = 0;
      // A plain read loop into a file handle: measurably faster than piping web streams through
      // Node stream adapters, and every chunk is hashed on the way.
      const reader = response.body.getReader();
      let file: import('node:fs/promises').FileHandle;
      try {
        file = await fsp.open(temp, 'wx');
      } catch (error) {
        void reader.cancel().catch(() => undefined);
        throw new InvalidArgumentError('root', `Cannot write ${temp}: ${(error as Error).message}`, { cause: error });
      }
      let complete = false;
      const stopWatching = onAbort(signal, () => void reader.cancel(signal?.reason).catch(() => undefined));
      // A body that stops arriving is given up after `timeout` without a byte (cancelling the
      // read ends it; `stalled` tells that end from a real one).
      const rearm = () => {
        clearTimeout(idle);
        idle = setTimeout(() => {
          stalled = new TimeoutError(`${operation}: no data arrived for ${idleMs} ms`, { operation });
          void reader.cancel(stalled).catch(() => undefined);
        }, timerDelay(idleMs));
      };
      rearm();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (stalled) throw stalled;
          rearm();
          if (done) {
            complete = true;
            break;
          }
          hash.update(value);
          size += value.length;
          // A body longer than announced is refused as soon as it overflows, not at the end.
          if (expected.size !== undefined && size > expected.size) {
            throw new IntegrityError(`${operation}: got more than the expected ${expected.size} bytes`, { operation });
          }
          for (let offset = 0; offset < value.length;) offset += (await file.write(value, offset, value.length - offset)).bytesWritten;
          if (onProgress) {
            try {
              onProgress(size);
            } catch (error) {
              throw new CallbackFailure(error);
            }
          }
        }
      } finally {
        clearTimeout(idle);
        stopWatching();
        if (!complete) void reader.cancel().catch(() => undefined);
        await file.close();
      }
      if (signal?.aborted) throw abortErrorFrom(signal, operation);
      const md5 = hash.digest('base64');
      if (expected.size !== undefined && size !== expected.size) {
        throw new IntegrityError(`${operation}: got ${size} bytes, expected ${expected.size}`, { operation });
      }
      if (expected.md5 !== undefined && md5 !== md5Base64(expected.md5)) {
        throw new IntegrityError(`${operation}: MD5 ${md5} does not match the expected ${md5Base64(expected.md5)}`, { operation });
      }
      await fsp.rename(temp, dest);
      return { path: dest, size, md5 };
    } catch (error) {
      clearTimeout(idle);
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      if (error instanceof CallbackFailure) throw error.error;
      if (signal?.aborted) throw error instanceof AbortError ? error : abortErrorFrom(signal, operation);
      if (stalled) throw stalled;
      if (error instanceof WandbError) throw error;
      // The body broke off after the answer began: a network failure worth another attempt.
      if (attempt >= retries) {
        throw transport.http.redact(
          new NetworkError(`${operation}: the download broke off: ${(error as Error).message}`, { cause: error, operation }),
        );
      }
    }
  }
}
