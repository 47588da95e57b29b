/**
 * Where downloaded bytes go to disk. A download copies what arrives into batches of shared memory;
 * a worker thread hashes each batch and writes it with plain synchronous calls, then checks the
 * MD5, reads the file's facts and renames the file into place. The thread that reads the network
 * does neither hashing nor file calls, and a small file costs one message each way instead of
 * five trips through libuv's thread pool. Batch buffers are reused, so a download of any size
 * touches a few megabytes of fresh memory at most.
 *
 * Workers are started on first use from inline source (nothing to locate on disk once the
 * package is bundled), one per spare core up to four, and do not keep the process alive while
 * nothing is awaited. Where no worker can be started, the same work is done on this thread.
 */
import type { Worker } from 'node:worker_threads';

/** What a finished file is: the facts the verified-file records keep. */
export interface FinishedFile {
  /** Base64 MD5 of what was written. */
  readonly md5: string;
  /** Modification time in nanoseconds, as `stat` gives it. */
  readonly mtimeNs: bigint;
  readonly ino: bigint;
}

/** The bytes did not have the MD5 wanted: nothing was left on disk. */
export interface Mismatch {
  readonly mismatch: string;
}

/** A failed file call: `stage` says whether the temporary file could not be made, or a later call failed. */
export class FileCallError extends Error {
  constructor(
    readonly stage: 'open' | 'write',
    readonly errno: NodeJS.ErrnoException,
  ) {
    super(errno.message);
    this.name = 'FileCallError';
  }
}

/** Files up to this size are held whole and written with one call, once their checksum is right. */
export const WHOLE_LIMIT = 1 << 20;
/** Larger files are written in batches of this many bytes, one batch written while the next fills. */
const BATCH_BYTES = 1 << 20;
/** Free batch buffers kept for reuse, in bytes, for as long as downloads keep taking them. */
const KEEP_FREE_BYTES = 16 << 20;
/** Free batch buffers are let go once none was taken for this long. */
const KEEP_FREE_MS = 2000;

/** One file being written: to `temp`, renamed to `dest` once its MD5 is right. */
export interface FileSink {
  /**
   * Takes a copy of `chunk`. Returns a promise when the caller should wait before appending more
   * (a batch is being written and the next is full), and rejects when a write failed.
   */
  append(chunk: Uint8Array): Promise<void> | undefined;
  /**
   * Once everything is appended: checks the MD5 and renames the file into place, or leaves
   * nothing on a mismatch. A file of at most {@link WHOLE_LIMIT} bytes whose size was given is
   * written only once its MD5 is right.
   */
  finish(wantMd5: string | undefined): Promise<FinishedFile | Mismatch>;
  /** Closes and removes the temporary file; never fails. */
  abandon(): Promise<void>;
}

/** How batches reach the disk: each call's bytes are only read until its promise settles. */
interface Backend {
  write(bytes: Uint8Array): Promise<void>;
  whole(bytes: Uint8Array, wantMd5: string | undefined): Promise<FinishedFile | Mismatch>;
  finish(wantMd5: string | undefined): Promise<FinishedFile | Mismatch>;
  abandon(): Promise<void>;
}

/** Batch buffers: shared memory the worker reads in place, reused in sizes of powers of two. */
const freeSlots = new Map<number, Uint8Array[]>();
let freeBytes = 0;
const makeBuffer: (size: number) => ArrayBufferLike =
  typeof SharedArrayBuffer === 'function' ? (size) => new SharedArrayBuffer(size) : (size) => new ArrayBuffer(size);

let lastTaken = 0;
let trimTimer: ReturnType<typeof setTimeout> | undefined;

function takeSlot(size: number): Uint8Array {
  lastTaken = Date.now();
  let fits = 4096;
  while (fits < size) fits *= 2;
  const slot = freeSlots.get(fits)?.pop();
  if (slot) {
    freeBytes -= fits;
    return slot;
  }
  return new Uint8Array(makeBuffer(fits));
}

/** Lets the free buffers go once no download has taken one for a while. */
function trimLater(): void {
  if (trimTimer) return;
  trimTimer = setTimeout(() => {
    trimTimer = undefined;
    if (Date.now() - lastTaken < KEEP_FREE_MS) return trimLater();
    freeSlots.clear();
    freeBytes = 0;
  }, KEEP_FREE_MS);
  (trimTimer as { unref?: () => void }).unref?.();
}

function giveSlot(slot: Uint8Array): void {
  if (freeBytes + slot.length > KEEP_FREE_BYTES) return;
  freeBytes += slot.length;
  const list = freeSlots.get(slot.length);
  if (list) list.push(slot);
  else freeSlots.set(slot.length, [slot]);
  trimLater();
}

/** Copies what arrives into batches and hands them to a backend, one batch written while the next fills. */
class BatchingSink implements FileSink {
  private slot: Uint8Array | undefined;
  private used = 0;
  private writing: Promise<void> | undefined;
  private writeFailed: unknown;

  /** `wholeSize`: the size of a file small enough to be held whole, else undefined. */
  constructor(
    private readonly backend: Backend,
    private readonly wholeSize: number | undefined,
  ) {}

  append(chunk: Uint8Array): Promise<void> | undefined {
    const slot = this.slot;
    if (slot && this.used + chunk.length < slot.length) {
      slot.set(chunk, this.used);
      this.used += chunk.length;
      return undefined;
    }
    return this.appendSlowly(chunk);
  }

  private async appendSlowly(chunk: Uint8Array): Promise<void> {
    for (let at = 0; at < chunk.length;) {
      this.slot ??= takeSlot(this.wholeSize ?? BATCH_BYTES);
      const n = Math.min(chunk.length - at, this.slot.length - this.used);
      if (n === 0) throw new Error(`more bytes than the ${String(this.wholeSize)} expected reached the file writer`);
      this.slot.set(chunk.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
      if (this.wholeSize === undefined && this.used === this.slot.length) await this.send();
    }
  }

  /** Writes the batch filled so far, once the one before it is written. */
  private async send(): Promise<void> {
    await this.settled();
    const slot = this.slot;
    if (!slot || this.used === 0) return;
    const bytes = slot.subarray(0, this.used);
    this.slot = undefined;
    this.used = 0;
    this.writing = this.backend.write(bytes).then(
      () => giveSlot(slot),
      (error: unknown) => {
        giveSlot(slot);
        this.writeFailed ??= error;
      },
    );
  }

  private async settled(): Promise<void> {
    await this.writing;
    if (this.writeFailed !== undefined) throw this.writeFailed;
  }

  async finish(wantMd5: string | undefined): Promise<FinishedFile | Mismatch> {
    const slot = this.slot;
    try {
      if (this.wholeSize !== undefined) return await this.backend.whole(slot ? slot.subarray(0, this.used) : new Uint8Array(0), wantMd5);
      await this.send();
      await this.settled();
      return await this.backend.finish(wantMd5);
    } finally {
      if (this.slot) giveSlot(this.slot);
      this.slot = undefined;
    }
  }

  async abandon(): Promise<void> {
    await this.writing;
    if (this.slot) giveSlot(this.slot);
    this.slot = undefined;
    await this.backend.abandon();
  }
}

const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const files = new Map();
function failure(error, stage) {
  return { error: { stage, code: error && error.code, syscall: error && error.syscall, message: String((error && error.message) || error) } };
}
function discard(f) {
  if (f.fd !== undefined) {
    try { fs.closeSync(f.fd); } catch {}
    f.fd = undefined;
  }
  try { fs.rmSync(f.temp, { force: true }); } catch {}
}
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}
function open(f) {
  if (f.fd === undefined) f.fd = fs.openSync(f.temp, 'wx', 0o666);
}
function done(f, md5, want) {
  if (want !== undefined && md5 !== want) {
    discard(f);
    return { mismatch: md5 };
  }
  open(f);
  const info = fs.fstatSync(f.fd, { bigint: true });
  fs.closeSync(f.fd);
  f.fd = undefined;
  fs.renameSync(f.temp, f.dest);
  return { md5, mtimeNs: info.mtimeNs, ino: info.ino };
}
function handle(m) {
  let f = files.get(m.file);
  if (m.op === 'abandon') {
    files.delete(m.file);
    discard(f || { temp: m.temp });
    return {};
  }
  if (!f) files.set(m.file, (f = { temp: m.temp, dest: m.dest, hash: createHash('md5'), fd: undefined }));
  if (m.op === 'write') {
    try { open(f); } catch (error) { return failure(error, 'open'); }
    try {
      writeAll(f.fd, m.bytes);
      f.hash.update(m.bytes);
      return {};
    } catch (error) { return failure(error, 'write'); }
  }
  files.delete(m.file);
  let md5;
  if (m.op === 'whole') md5 = createHash('md5').update(m.bytes).digest('base64');
  else md5 = f.hash.digest('base64');
  if (m.want !== undefined && md5 !== m.want) return done(f, md5, m.want);
  try { open(f); } catch (error) { discard(f); return failure(error, 'open'); }
  try {
    if (m.op === 'whole') writeAll(f.fd, m.bytes);
    return done(f, md5, m.want);
  } catch (error) {
    discard(f);
    return failure(error, 'write');
  }
}
parentPort.on('message', (m) => parentPort.postMessage({ req: m.req, ...handle(m) }));
`;

interface Reply {
  req: number;
  error?: { stage: 'open' | 'write'; code?: string; syscall?: string; message: string };
  mismatch?: string;
  md5?: string;
  mtimeNs?: bigint;
  ino?: bigint;
}

type Message =
  | { op: 'write' | 'whole'; file: number; temp: string; dest: string; bytes: Uint8Array; want?: string }
  | { op: 'finish'; file: number; temp: string; dest: string; want?: string }
  | { op: 'abandon'; file: number; temp: string };

/** One worker thread and the replies it owes. */
class Writer {
  private readonly waiting = new Map<number, { resolve(reply: Reply): void; reject(error: unknown): void }>();
  private nextReq = 1;
  broken: unknown;
  /** Whether the thread ever answered: one that fails before its first answer never started. */
  answered = false;

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      this.answered = true;
      const entry = this.waiting.get(reply.req);
      this.waiting.delete(reply.req);
      if (this.waiting.size === 0) worker.unref();
      entry?.resolve(reply);
    });
    const fail = (error: unknown) => {
      this.broken ??= error;
      for (const entry of this.waiting.values()) entry.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the file writer thread stopped (exit code ${code})`)));
    // After the listeners: adding a 'message' listener holds the process again. A thread that is
    // never sent anything (its first download failed before any bytes came) must not keep it.
    worker.unref();
  }

  send(message: Message): Promise<Reply> {
    if (this.broken !== undefined) return Promise.reject(this.broken);
    const req = this.nextReq++;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(req, { resolve, reject });
      this.worker.ref();
      // Batches in shared memory are read in place by the worker, not copied.
      this.worker.postMessage({ ...message, req });
    });
  }
}

function errnoError(error: NonNullable<Reply['error']>): NodeJS.ErrnoException {
  const out: NodeJS.ErrnoException = new Error(error.message);
  if (error.code !== undefined) out.code = error.code;
  if (error.syscall !== undefined) out.syscall = error.syscall;
  return out;
}

function settle(reply: Reply): FinishedFile | Mismatch {
  if (reply.error) throw new FileCallError(reply.error.stage, errnoError(reply.error));
  if (reply.mismatch !== undefined) return { mismatch: reply.mismatch };
  return { md5: reply.md5 as string, mtimeNs: reply.mtimeNs as bigint, ino: reply.ino as bigint };
}

class WorkerBackend implements Backend {
  private static nextFile = 1;
  private readonly file = WorkerBackend.nextFile++;

  constructor(
    private readonly writer: Writer,
    private readonly temp: string,
    private readonly dest: string,
  ) {}

  async write(bytes: Uint8Array): Promise<void> {
    settle(await this.writer.send({ op: 'write', file: this.file, temp: this.temp, dest: this.dest, bytes }));
  }

  async whole(bytes: Uint8Array, wantMd5: string | undefined): Promise<FinishedFile | Mismatch> {
    const message = { op: 'whole' as const, file: this.file, temp: this.temp, dest: this.dest, bytes };
    return settle(await this.writer.send(wantMd5 === undefined ? message : { ...message, want: wantMd5 }));
  }

  async finish(wantMd5: string | undefined): Promise<FinishedFile | Mismatch> {
    const message = { op: 'finish' as const, file: this.file, temp: this.temp, dest: this.dest };
    return settle(await this.writer.send(wantMd5 === undefined ? message : { ...message, want: wantMd5 }));
  }

  async abandon(): Promise<void> {
    try {
      await this.writer.send({ op: 'abandon', file: this.file, temp: this.temp });
    } catch {
      // The thread is gone: remove what it left here.
      const { rm } = await import('node:fs/promises');
      await rm(this.temp, { force: true }).catch(() => undefined);
    }
  }
}

/** The same work on this thread, where no worker can be started. */
class LocalBackend implements Backend {
  private fd: number | undefined;
  private failed: FileCallError | undefined;
  private readonly hash: import('node:crypto').Hash;

  constructor(
    private readonly fs: NodeFs,
    crypto: typeof import('node:crypto'),
    private readonly temp: string,
    private readonly dest: string,
  ) {
    this.hash = crypto.createHash('md5');
  }

  private call<T>(fn: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value))));
  }

  private async open(): Promise<number> {
    if (this.fd !== undefined) return this.fd;
    try {
      return (this.fd = await this.call<number>((done) => this.fs.open(this.temp, 'wx', 0o666, done)));
    } catch (error) {
      throw new FileCallError('open', error as NodeJS.ErrnoException);
    }
  }

  private async writeAll(bytes: Uint8Array): Promise<void> {
    const fd = await this.open();
    try {
      for (let at = 0; at < bytes.length;) {
        at += await this.call<number>((done) => this.fs.write(fd, bytes, at, bytes.length - at, null, done));
      }
    } catch (error) {
      throw new FileCallError('write', error as NodeJS.ErrnoException);
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    this.hash.update(bytes);
    try {
      await this.writeAll(bytes);
    } catch (error) {
      this.failed = error as FileCallError;
      throw error;
    }
  }

  private async done(md5: string, wantMd5: string | undefined): Promise<FinishedFile | Mismatch> {
    if (wantMd5 !== undefined && md5 !== wantMd5) {
      await this.abandon();
      return { mismatch: md5 };
    }
    const fd = await this.open();
    try {
      const info = await this.call<import('node:fs').BigIntStats>((done) => this.fs.fstat(fd, { bigint: true }, done));
      this.fd = undefined;
      await this.call<void>((done) => this.fs.close(fd, (error) => done(error, undefined)));
      await this.call<void>((done) => this.fs.rename(this.temp, this.dest, (error) => done(error, undefined)));
      return { md5, mtimeNs: info.mtimeNs, ino: info.ino };
    } catch (error) {
      await this.abandon();
      throw new FileCallError('write', error as NodeJS.ErrnoException);
    }
  }

  async whole(bytes: Uint8Array, wantMd5: string | undefined): Promise<FinishedFile | Mismatch> {
    const md5 = this.hash.update(bytes).digest('base64');
    if (wantMd5 === undefined || md5 === wantMd5) {
      try {
        await this.writeAll(bytes);
      } catch (error) {
        await this.abandon();
        throw error;
      }
    }
    return this.done(md5, wantMd5);
  }

  finish(wantMd5: string | undefined): Promise<FinishedFile | Mismatch> {
    if (this.failed) return Promise.reject(this.failed);
    return this.done(this.hash.digest('base64'), wantMd5);
  }

  async abandon(): Promise<void> {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) await this.call<void>((done) => this.fs.close(fd, (error) => done(error, undefined))).catch(() => undefined);
    await this.call<void>((done) => this.fs.rm(this.temp, { force: true }, (error) => done(error, undefined))).catch(() => undefined);
  }
}

type NodeFs = typeof import('node:fs');

interface Pool {
  readonly writers: Writer[];
  /** Set when a thread failed before its first answer: the runtime cannot run the writer's source. */
  unusable: boolean;
  readonly size: number;
  next: number;
  readonly start: () => Writer | undefined;
}

let pool: Promise<Pool | undefined> | undefined;
let local: Promise<[NodeFs, typeof import('node:crypto')]> | undefined;

/** Up to four workers, one per core beyond the one reading the network. */
function makePool(): Promise<Pool | undefined> {
  return (pool ??= Promise.all([import('node:worker_threads'), import('node:os')])
    .then(([{ Worker }, os]) => {
      const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
      const size = Math.max(1, Math.min(4, cores - 1));
      const start = (): Writer | undefined => {
        try {
          return new Writer(new Worker(SOURCE, { eval: true }));
        } catch {
          return undefined;
        }
      };
      return { writers: [], size, next: 0, start, unusable: false };
    })
    .catch(() => undefined));
}

/**
 * A worker for the next file: round robin, replacing one that stopped; none where workers cannot
 * start, or where one failed before it ever answered (its file is then fetched again, here).
 */
async function writerFor(): Promise<Writer | undefined> {
  const p = await makePool();
  if (!p || p.unusable) return undefined;
  const at = p.next++ % p.size;
  let writer = p.writers[at];
  if (writer && writer.broken !== undefined && !writer.answered) {
    p.unusable = true;
    return undefined;
  }
  if (!writer || writer.broken !== undefined) {
    writer = p.start();
    if (!writer) return undefined;
    p.writers[at] = writer;
  }
  return writer;
}

/**
 * A sink writing `temp`, to be renamed to `dest`. `size` is the size the file should have, where
 * known: a file of at most {@link WHOLE_LIMIT} bytes is then held whole until its MD5 is checked.
 */
export async function fileSink(temp: string, dest: string, size: number | undefined): Promise<FileSink> {
  const wholeSize = size !== undefined && size <= WHOLE_LIMIT ? size : undefined;
  const writer = await writerFor();
  if (writer) return new BatchingSink(new WorkerBackend(writer, temp, dest), wholeSize);
  const [fs, crypto] = await (local ??= Promise.all([import('node:fs'), import('node:crypto')]));
  return new BatchingSink(new LocalBackend(fs, crypto, temp, dest), wholeSize);
}
