import { FileWriteError, InvalidArgumentError } from './errors';
import { abortErrorFrom } from './retry';
import { checkCallOptions, type CallOptions, type Transport } from './transport';

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

/** Longest file name (one path part) the file systems the SDK writes to accept, in bytes. */
export const NAME_MAX = 255;

/**
 * Refuses a destination with a part longer than {@link NAME_MAX} bytes, before anything is written.
 * @throws {@link InvalidArgumentError} naming the part
 */
export function checkNameLength(dest: string, what = dest): void {
  for (const part of dest.split(/[\\/]/)) {
    const bytes = new TextEncoder().encode(part).length;
    if (bytes > NAME_MAX) {
      throw new InvalidArgumentError(
        'name',
        `${what} cannot be written: its name part ${JSON.stringify(part.length > 40 ? `${part.slice(0, 40)}…` : part)} is ${bytes} bytes, more than the ${NAME_MAX} file systems allow; nothing was written`,
      );
    }
  }
}

/**
 * The temporary name a download is written to beside `dest`: `dest` plus a random suffix, or, when
 * that would pass {@link NAME_MAX} (a legal name of 238 bytes or more), a short hidden name.
 */
export function temporaryName(dest: string, random: string): string {
  const slash = Math.max(dest.lastIndexOf('/'), dest.lastIndexOf('\\'));
  const suffixed = `${dest.slice(slash + 1)}.${random}.part`;
  if (new TextEncoder().encode(suffixed).length <= NAME_MAX) return `${dest}.${random}.part`;
  return `${dest.slice(0, slash + 1)}.wandb-${random}.part`;
}

/** Why a temporary file could not be made when the folder given is the cause: a bad `root`. */
const FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EISDIR', 'ELOOP', 'EEXIST']);

/**
 * The error for a file that cannot be written. When its temporary file cannot be made because of
 * its name or its folder (not allowed, read-only, not a folder), that is a bad argument; a full
 * disk, a quota, a size limit, too many open files or a failing disk is a {@link FileWriteError}.
 */
export function cannotWrite(
  dest: string,
  temp: string,
  error: NodeJS.ErrnoException,
  stage: 'open' | 'write',
  operation: string,
): InvalidArgumentError | FileWriteError {
  const code = error.code;
  if (stage === 'open' && code === 'ENAMETOOLONG') {
    return new InvalidArgumentError('name', `${dest} cannot be written: the name is longer than this file system allows`, { cause: error });
  }
  if (stage === 'open' && code !== undefined && FOLDER_CODES.has(code)) {
    return new InvalidArgumentError('root', `Cannot write ${temp}: ${error.message}`, { cause: error });
  }
  return new FileWriteError(dest, code, `${operation}: cannot write ${dest}: ${error.message}`, { cause: error, operation });
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
 *   when no answer, or no more bytes, arrived within `timeout`; {@link FileWriteError} when the
 *   file could not be written (a full disk, a size limit, too many open files).
 */
export async function downloadToFile(transport: Transport, url: string, dest: string, options: DownloadToFileOptions = {}): Promise<DownloadedFile> {
  // fetchFile and its file writer are loaded with the first download, not with the package.
  const [fsp, path, { fetchFile }] = await Promise.all([import('node:fs/promises'), import('node:path'), import('./fetchFile.js')]);
  const { signal, expect: expected = {}, replace = false, onProgress } = checkCallOptions(options) as DownloadToFileOptions;
  const operation = options.operation ?? `GET ${new URL(url).pathname}`;
  if (signal?.aborted) throw abortErrorFrom(signal, operation);

  if (options.within !== undefined) await checkWithin(fsp, path, options.within, dest);
  checkNameLength(dest);
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

  // A signal is needed below either way; one that never fires stands in for none.
  const written = await fetchFile(transport, url, dest, {
    expect: expected,
    signal: signal ?? new AbortController().signal,
    timeout: options.timeout,
    operation,
    onProgress,
  });
  return { path: dest, size: written.size, md5: written.md5 };
}
