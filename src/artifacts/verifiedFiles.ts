/**
 * Records of the files a download verified: for each file of a download folder, its size,
 * modification time and inode as they were when its MD5 was last found right, and that MD5. A
 * later download trusts a file without reading it only when its record names the MD5 and size
 * the manifest asks for and the file on disk still has the recorded size, modification time and
 * inode; anything else (no record, a record of other contents, a file changed since) is hashed
 * again. The records are kept outside the download folder, one JSON file per folder, so the
 * folder holds the artifact's files alone.
 */
import type { BigIntStats } from 'node:fs';

/** The record of one verified file. */
export interface VerifiedFile {
  readonly size: number;
  readonly mtimeNs: bigint;
  readonly ino: bigint;
  /** Base64 MD5. */
  readonly md5: string;
}

const FORMAT = 1;

type Node = [typeof import('node:fs/promises'), typeof import('node:path'), typeof import('node:os'), typeof import('node:crypto')];

/** The cache folder: `WANDB_CACHE_DIR` (as the Python client reads it), else the user's cache folder. */
export async function defaultCacheDir(): Promise<string | undefined> {
  const [, path, os] = await Promise.all([import('node:fs/promises'), import('node:path'), import('node:os')]);
  const env = process.env;
  if (env.WANDB_CACHE_DIR) return path.join(env.WANDB_CACHE_DIR, 'wandb-api');
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'wandb-api');
  const home = os.homedir();
  return home ? path.join(home, '.cache', 'wandb-api') : undefined;
}

function isRecord(value: unknown): value is [number, string, string, string] {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    Number.isSafeInteger(value[0]) &&
    (value[0] as number) >= 0 &&
    typeof value[1] === 'string' &&
    /^\d+$/.test(value[1]) &&
    typeof value[2] === 'string' &&
    /^\d+$/.test(value[2]) &&
    typeof value[3] === 'string'
  );
}

/** The verified-file records of one download folder. */
export class VerifiedFiles {
  private readonly records = new Map<string, VerifiedFile>();
  private changed = false;

  private constructor(
    private readonly node: Node | undefined,
    private readonly file: string | undefined,
    private readonly root: string,
  ) {}

  /**
   * The records kept for `root` in `cacheDir` (none when `cacheDir` is `undefined`). A records
   * file that cannot be read or is not as written counts as empty: it can only cost hashing.
   */
  static async load(cacheDir: string | undefined, root: string): Promise<VerifiedFiles> {
    if (cacheDir === undefined) return new VerifiedFiles(undefined, undefined, root);
    const node = await Promise.all([import('node:fs/promises'), import('node:path'), import('node:os'), import('node:crypto')]);
    const [fsp, path, , crypto] = node;
    const key = crypto.createHash('sha256').update(root).digest('hex').slice(0, 32);
    const file = path.join(cacheDir, 'verified', `${key}.json`);
    const out = new VerifiedFiles(node, file, root);
    try {
      const data = JSON.parse(await fsp.readFile(file, 'utf8')) as { format?: unknown; root?: unknown; files?: unknown };
      if (data.format === FORMAT && data.root === root && data.files && typeof data.files === 'object') {
        for (const [name, value] of Object.entries(data.files as Record<string, unknown>)) {
          if (!isRecord(value)) continue;
          out.records.set(name, { size: value[0], mtimeNs: BigInt(value[1]), ino: BigInt(value[2]), md5: value[3] });
        }
      }
    } catch {
      // missing or unreadable: no records
    }
    return out;
  }

  /**
   * Whether the file at `name`, whose `stat` is `info`, may be taken as holding `md5` and `size`
   * without reading it.
   */
  trusts(name: string, info: BigIntStats, md5: string, size: number | undefined): boolean {
    const record = this.records.get(name);
    if (!record) return false;
    return (
      record.md5 === md5 &&
      (size === undefined || record.size === size) &&
      BigInt(record.size) === info.size &&
      record.mtimeNs === info.mtimeNs &&
      record.ino === info.ino
    );
  }

  /** Notes that the file at `name` was found to hold `md5` when it had `info`. */
  verified(name: string, info: { size: bigint | number; mtimeNs: bigint; ino: bigint }, md5: string): void {
    this.records.set(name, { size: Number(info.size), mtimeNs: info.mtimeNs, ino: info.ino, md5 });
    this.changed = true;
  }

  /** Forgets a file that is no longer as recorded. */
  forget(name: string): void {
    if (this.records.delete(name)) this.changed = true;
  }

  /** Writes the records, when any changed; a failure to write them costs only hashing later. */
  async save(): Promise<void> {
    if (!this.changed || !this.node || !this.file) return;
    const [fsp, path] = this.node;
    const files: Record<string, [number, string, string, string]> = {};
    for (const [name, r] of this.records) files[name] = [r.size, r.mtimeNs.toString(), r.ino.toString(), r.md5];
    const temp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
    try {
      await fsp.mkdir(path.dirname(this.file), { recursive: true });
      await fsp.writeFile(temp, JSON.stringify({ format: FORMAT, root: this.root, files }));
      await fsp.rename(temp, this.file);
      this.changed = false;
    } catch {
      await fsp.rm(temp, { force: true }).catch(() => undefined);
    }
  }
}
