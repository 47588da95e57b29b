import { AbortError, IntegrityError, InvalidArgumentError, NetworkError, TimeoutError, WandbError } from './errors';
import { abortErrorFrom } from './retry';
import type { CallOptions, Transport } from './transport';

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
}

/** What a finished download wrote. */
export interface DownloadedFile {
  readonly path: string;
  readonly size: number;
  /** Base64 MD5 of what was written. */
  readonly md5: string;
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
    for await (const chunk of createReadStream(path)) {
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
  const [fs, fsp, path, { createHash, randomBytes }, { pipeline }, { Readable, Transform }] = await Promise.all([
    import('node:fs'),
    import('node:fs/promises'),
    import('node:path'),
    import('node:crypto'),
    import('node:stream/promises'),
    import('node:stream'),
  ]);
  const { signal, expect: expected = {}, replace = false, onProgress } = options;
  const operation = options.operation ?? `GET ${new URL(url).pathname}`;
  if (signal?.aborted) throw abortErrorFrom(signal, operation);

  const existing = await fsp.stat(dest).catch(() => undefined);
  if (existing?.isDirectory()) throw new InvalidArgumentError('root', `${dest} is a directory; cannot download a file there`);
  if (existing && !replace) throw new InvalidArgumentError('replace', `${dest} already exists; pass replace: true to overwrite it`);
  try {
    await fsp.mkdir(path.dirname(dest), { recursive: true });
  } catch (error) {
    throw new InvalidArgumentError('root', `Cannot make the folder for ${dest}: ${(error as Error).message}`, { cause: error });
  }

  const retries = transport.settings.retries;
  const idleMs = options.timeout ?? transport.settings.timeout;
  for (let attempt = 0; ; attempt++) {
    const temp = `${dest}.${randomBytes(6).toString('hex')}.part`;
    let out: import('node:fs').WriteStream | undefined;
    const stall = new AbortController();
    let idle: ReturnType<typeof setTimeout> | undefined;
    const rearm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => stall.abort(new TimeoutError(`${operation}: no data arrived for ${idleMs} ms`, { operation })), idleMs);
    };
    try {
      const response = await transport.request(url, { ...(signal ? { signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) }, operation);
      if (!response.body) throw new NetworkError(`${operation}: the answer has no body`, { operation });
      const hash = createHash('md5');
      let size = 0;
      rearm();
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          rearm();
          hash.update(chunk);
          size += chunk.length;
          onProgress?.(size);
          done(null, chunk);
        },
      });
      const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
      out = fs.createWriteStream(temp, { flags: 'wx' });
      await pipeline(body, meter, out, { signal: signal ? AbortSignal.any([signal, stall.signal]) : stall.signal });
      clearTimeout(idle);
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
      // A stream destroyed while still opening creates its file afterwards: wait until it has
      // closed, or the removal below could run first and leave a partial file behind.
      if (out && !out.closed) {
        const closed = new Promise<void>((resolve) => out?.once('close', () => resolve()));
        out.destroy();
        await closed;
      }
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      if (signal?.aborted) throw error instanceof AbortError ? error : abortErrorFrom(signal, operation);
      if (stall.signal.aborted) throw stall.signal.reason as TimeoutError;
      if (error instanceof WandbError) throw error;
      // The body broke off after the answer began: a network failure worth another attempt.
      if (attempt >= retries) {
        throw transport.http.redact(new NetworkError(`${operation}: the download broke off: ${(error as Error).message}`, { cause: error, operation }));
      }
    }
  }
}
