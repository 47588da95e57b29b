import type { ArtifactFileFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { downloadToFile } from '../client/download';
import { ServerError } from '../client/errors';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';
import { unsafePathReason } from './ArtifactManifest';

/** Options of `file.download()`. */
export interface ArtifactFileDownloadOptions extends CallOptions {
  /** The folder the file goes in (at its path in the artifact). @defaultValue `.` */
  root?: string;
  /** Overwrite a file already there. @defaultValue false */
  replace?: boolean;
}

/** One file of an artifact version, as W&B lists it (with its download URL). */
export class ArtifactFile {
  /** GraphQL node id. */
  readonly id: string;
  /** Path of the file inside the artifact. */
  readonly name: string;
  /** The storage URL the file downloads from (no credentials needed, time-limited). */
  readonly directUrl: string;
  /** W&B's own URL of the file (needs the API key). */
  readonly url: string | undefined;
  readonly sizeBytes: number;
  /** Base64 MD5 of the content, when W&B knows it. */
  readonly md5: string | undefined;
  /** The manifest's digest of the entry. */
  readonly digest: string | undefined;
  readonly mimetype: string | undefined;
  readonly storagePath: string | undefined;
  readonly updatedAt: Date | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by `artifact.files()`; not for direct use. */
  constructor(ctx: SdkContext, data: ArtifactFileFieldsFragment) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.displayName || data.name;
    this.directUrl = data.directUrl;
    this.url = data.url ?? undefined;
    this.sizeBytes = data.sizeBytes;
    this.md5 = data.md5 ?? undefined;
    this.digest = data.digest ?? undefined;
    this.mimetype = data.mimetype ?? undefined;
    this.storagePath = data.storagePath ?? undefined;
    this.updatedAt = parseDate(data.updatedAt);
  }

  /**
   * Downloads the file into `root`, checked against its MD5 and size.
   * @returns the path written
   * @throws {@link IntegrityError} when the bytes do not match, {@link FileWriteError} when they
   *   could not be written; nothing is left behind
   */
  async download(options: ArtifactFileDownloadOptions = {}): Promise<string> {
    const { root = '.', replace = false, ...callOptions } = optionsOf(options);
    const reason = unsafePathReason(this.name);
    if (reason) throw new ServerError(`The file name ${JSON.stringify(this.name)} is refused because ${reason}`);
    const path = await import('node:path');
    const dest = path.resolve(root, ...this.name.split('/'));
    const written = await downloadToFile(this.ctx.transport, this.directUrl, dest, {
      ...callOptions,
      replace,
      within: root,
      expect: { ...(this.md5 ? { md5: this.md5 } : {}), size: this.sizeBytes },
      operation: `GET ${this.name}`,
    });
    return written.path;
  }
}
