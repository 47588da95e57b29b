import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';
import type { Artifact } from './Artifact';

/** The fields of one manifest entry, as W&B writes them. */
export interface ArtifactManifestEntryData {
  readonly digest: string;
  readonly size?: number | null;
  readonly ref?: string;
  readonly birthArtifactID?: string;
  readonly extra?: Record<string, unknown>;
}

/** Options of {@link ArtifactManifestEntry.download}. */
export interface EntryDownloadOptions extends CallOptions {
  /** The directory the artifact's files go in. @defaultValue the artifact's default root, `./artifacts/<name>` */
  root?: string;
  /** The folder that keeps records of verified files, as for `artifact.download()`; `null` keeps none. */
  cacheDir?: string | null;
}

/**
 * One file of an artifact, as its manifest lists it: a path in the artifact, the content's
 * checksum and size, and, for a reference, the URI the content lives at.
 */
export class ArtifactManifestEntry {
  /** Path of the file inside the artifact (POSIX separators). */
  readonly path: string;
  /** Base64 MD5 for stored files; for references, the reference's own checksum (an ETag, a version id, ...). */
  readonly digest: string;
  /** Size in bytes, when known. */
  readonly size: number | undefined;
  /** The URI of a reference entry (`https://...`, `s3://...`); `undefined` for stored files. */
  readonly ref: string | undefined;
  /** Id of the artifact version the file was first logged in. */
  readonly birthArtifactId: string | undefined;
  /** Extra fields W&B keeps for the entry. */
  readonly extra: Readonly<Record<string, unknown>>;
  declare protected readonly artifact: Artifact;

  /** @internal Built from a manifest; not for direct use. */
  constructor(artifact: Artifact, path: string, data: ArtifactManifestEntryData) {
    Object.defineProperty(this, 'artifact', { value: artifact, enumerable: false, writable: false, configurable: false });
    this.path = path;
    this.digest = data.digest;
    this.size = data.size ?? undefined;
    this.ref = data.ref;
    this.birthArtifactId = data.birthArtifactID;
    this.extra = data.extra ?? {};
  }

  /** Whether the entry is a reference to content stored outside W&B. */
  get isReference(): boolean {
    return this.ref !== undefined;
  }

  /**
   * Downloads this one file into `root` (at its path in the artifact), unless a file with the
   * same checksum is already there.
   * @returns the file's path on disk
   * @throws {@link IntegrityError} when the bytes do not match, {@link FileWriteError} when they
   *   could not be written; nothing is left behind.
   */
  async download(options: EntryDownloadOptions = {}): Promise<string> {
    return this.artifact.downloadEntry(this, optionsOf(options));
  }
}
