import { ServerError } from '../client/errors';
import type { Artifact } from './Artifact';
import { ArtifactManifestEntry, type ArtifactManifestEntryData } from './ArtifactManifestEntry';

/** Why a manifest path cannot be written below a download root, or `undefined` when it can. */
export function unsafePathReason(path: string): string | undefined {
  if (path.length === 0) return 'it is empty';
  if (path.includes('\0')) return 'it contains a NUL character';
  if (/^[A-Za-z]:/.test(path) || path.startsWith('/') || path.startsWith('\\')) return 'it is absolute';
  const segments = path.split(/[\\/]/);
  if (segments.includes('..')) return 'it leads out of the artifact (..)';
  if (segments.some((s) => s === '' || s === '.')) return 'it has an empty or "." segment';
  return undefined;
}

function fail(message: string): never {
  throw new ServerError(`The artifact's manifest is not valid: ${message}`);
}

/**
 * An artifact's manifest: every file of the version with its checksum and size, and the storage
 * settings W&B keeps them under. Paths that could escape a download directory are refused when
 * the manifest is read.
 */
export class ArtifactManifest {
  /** Manifest format version (1). */
  readonly version: number;
  /** `wandb-storage-policy-v1` for W&B's own storage. */
  readonly storagePolicy: string;
  /** Storage settings: `storageLayout` (`V1`, `V2`), `storageRegion`, ... */
  readonly storagePolicyConfig: Readonly<Record<string, unknown>>;
  /** The entries, by path, in the manifest's order. */
  readonly entries: ReadonlyMap<string, ArtifactManifestEntry>;

  /**
   * @internal Parses W&B's manifest JSON.
   * @throws {@link ServerError} for text that is not a W&B manifest or has an unsafe path
   */
  constructor(artifact: Artifact, text: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      fail('it is not JSON');
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) fail('it is not a JSON object');
    const raw = json as { version?: unknown; storagePolicy?: unknown; storagePolicyConfig?: unknown; contents?: unknown };
    if (raw.version !== 1) fail(`version ${JSON.stringify(raw.version)} is not the supported version 1`);
    if (raw.contents === null || typeof raw.contents !== 'object' || Array.isArray(raw.contents)) fail('it has no "contents" object');
    this.version = 1;
    this.storagePolicy = typeof raw.storagePolicy === 'string' ? raw.storagePolicy : '';
    this.storagePolicyConfig =
      raw.storagePolicyConfig && typeof raw.storagePolicyConfig === 'object' ? (raw.storagePolicyConfig as Record<string, unknown>) : {};
    const entries = new Map<string, ArtifactManifestEntry>();
    for (const [path, value] of Object.entries(raw.contents as Record<string, unknown>)) {
      const reason = unsafePathReason(path);
      if (reason) fail(`the path ${JSON.stringify(path)} is refused because ${reason}`);
      const entry = value as Partial<Record<keyof ArtifactManifestEntryData, unknown>> | null;
      if (entry === null || typeof entry !== 'object' || typeof entry.digest !== 'string') fail(`the entry ${JSON.stringify(path)} has no digest`);
      const size = entry.size;
      if (size !== undefined && size !== null && (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0))
        fail(`the entry ${JSON.stringify(path)} has an invalid size`);
      if (entry.ref !== undefined && entry.ref !== null && typeof entry.ref !== 'string')
        fail(`the entry ${JSON.stringify(path)} has an invalid ref`);
      entries.set(
        path,
        new ArtifactManifestEntry(artifact, path, {
          digest: entry.digest,
          size: (size as number | null | undefined) ?? null,
          ...(typeof entry.ref === 'string' ? { ref: entry.ref } : {}),
          ...(typeof entry.birthArtifactID === 'string' ? { birthArtifactID: entry.birthArtifactID } : {}),
          ...(entry.extra && typeof entry.extra === 'object' ? { extra: entry.extra as Record<string, unknown> } : {}),
        }),
      );
    }
    this.entries = entries;
  }

  /** The storage layout files are kept under (`V1` when the manifest does not say, as W&B reads it). */
  get storageLayout(): string {
    return typeof this.storagePolicyConfig.storageLayout === 'string' ? this.storagePolicyConfig.storageLayout : 'V1';
  }

  /** The storage region (`default` unless the manifest names one). */
  get storageRegion(): string {
    return typeof this.storagePolicyConfig.storageRegion === 'string' ? this.storagePolicyConfig.storageRegion : 'default';
  }

  /** Total size of the entries whose size is known, in bytes. */
  get size(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.size ?? 0;
    return total;
  }
}
