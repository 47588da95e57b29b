import { DeleteRunFilesDocument, type RunFileFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { downloadToFile, fileMatches, isBelow } from '../client/download';
import { InvalidArgumentError, ServerError } from '../client/errors';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';

/** Options of {@link RunFile.download}. */
export interface RunFileDownloadOptions extends CallOptions {
  /** Folder to save into; the file keeps its name (and sub-folders) below it. @defaultValue `'.'` */
  root?: string;
  /** Overwrite an existing local file. @defaultValue false */
  replace?: boolean;
  /** Leave an existing local file as it is instead of failing. @defaultValue false */
  existOk?: boolean;
  /** Called with the bytes received so far. */
  onProgress?: (bytesSoFar: number) => void;
}

/**
 * A file saved with a run (`config.yaml`, `output.log`, media, files the run uploaded).
 *
 * @example
 * ```ts
 * const file = await run.file('config.yaml');
 * const path = await file.download({ root: './out', replace: true });
 * ```
 */
export class RunFile {
  /** GraphQL node id. */
  readonly id: string;
  /** Path of the file within the run (`media/images/x.png`). */
  readonly name: string;
  /** The W&B URL of the file; downloads from it carry the API key (W&B redirects to storage). */
  readonly url: string | undefined;
  /** A signed storage URL; no key needed, and none is sent. */
  readonly directUrl: string;
  readonly sizeBytes: number;
  /** Base64 MD5 of the content, when W&B knows it. */
  readonly md5: string | undefined;
  readonly mimetype: string | undefined;
  readonly updatedAt: Date | undefined;
  /** W&B's numeric id of the run's project (used when deleting). */
  readonly projectId: string | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by `run.files()`; not for direct use. */
  constructor(ctx: SdkContext, data: RunFileFieldsFragment, projectId?: string) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name;
    this.url = data.url ?? undefined;
    this.directUrl = data.directUrl;
    this.sizeBytes = Number(data.sizeBytes ?? 0);
    this.md5 = data.md5 ?? undefined;
    this.mimetype = data.mimetype ?? undefined;
    this.updatedAt = parseDate(data.updatedAt);
    this.projectId = projectId;
  }

  /** Size in bytes (Python's `file.size`). */
  get size(): number {
    return this.sizeBytes;
  }

  /** `s3://bucket/key` for files stored in S3, else `undefined` (Python's `path_uri`). */
  get pathUri(): string | undefined {
    const match = /^https:\/\/([^./]+)\.s3(?:[.-][^/]*)?\.amazonaws\.com\/([^?]+)/.exec(this.directUrl);
    return match ? `s3://${match[1]}/${decodeURIComponent(match[2] as string)}` : undefined;
  }

  private source(): string {
    return this.url ?? this.directUrl;
  }

  /**
   * Downloads the file to `root/name`: streamed into a temporary file, checked against its
   * MD5 and size, then renamed into place, so a failed download leaves nothing behind.
   * @returns the local path
   * @throws {@link InvalidArgumentError} when the file exists (without `replace`/`existOk`), or
   *   its name would leave `root`; {@link IntegrityError} when the bytes do not match;
   *   {@link FileWriteError} when they could not be written (a full disk, a size limit, too many open files).
   */
  async download(options: RunFileDownloadOptions = {}): Promise<string> {
    const { root = '.', replace = false, existOk = false, onProgress, ...call } = optionsOf(options);
    const path = await import('node:path');
    const base = path.resolve(root);
    const dest = path.resolve(base, this.name);
    if (this.name.includes('\0') || !isBelow(path, base, dest)) {
      throw new InvalidArgumentError('root', `The file name ${JSON.stringify(this.name)} would be saved outside ${base}`);
    }
    if (!replace && existOk) {
      const { stat } = await import('node:fs/promises');
      if (
        await stat(dest).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        return dest;
    }
    if (replace && (await fileMatches(dest, this.expectation()))) return dest;
    await downloadToFile(this.ctx.transport, this.source(), dest, {
      ...call,
      replace,
      expect: this.expectation(),
      operation: `GET run file ${this.name}`,
      within: base,
      ...(onProgress ? { onProgress } : {}),
    });
    return dest;
  }

  private expectation() {
    return { size: this.sizeBytes, ...(this.md5 ? { md5: this.md5 } : {}) };
  }

  /** The file's content as text (for small files: it is held in memory). */
  async text(options: CallOptions = {}): Promise<string> {
    options = optionsOf(options);
    return this.ctx.transport.text(this.source(), options, `GET run file ${this.name}`);
  }

  /**
   * Deletes the file from the run.
   * @throws {@link PermissionError} when the key may not change the run.
   */
  async delete(options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    const projectId = this.projectId !== undefined && /^\d+$/.test(this.projectId) ? Number(this.projectId) : null;
    const data = await this.ctx.transport.execute(DeleteRunFilesDocument, { files: [this.id], projectId }, options);
    if (!data.deleteFiles?.success) throw new ServerError(`W&B did not delete ${this.name}`, { operation: 'DeleteRunFiles' });
  }
}
