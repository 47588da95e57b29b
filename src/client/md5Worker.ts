/**
 * MD5 of large downloads in a worker thread, so that hashing hundreds of megabytes does not hold
 * up the thread that reads the network. The worker reads back each span of the file once it is
 * written (from the page cache, usually), so no bytes are copied between threads. It is started
 * on first use from inline source (nothing to locate on disk once the package is bundled) and
 * does not keep the process alive while no digest is awaited.
 */
import type { Worker } from 'node:worker_threads';

const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const files = new Map();
const buffer = Buffer.allocUnsafe(1 << 20);
function close(file) {
  if (file && file.fd !== undefined) fs.closeSync(file.fd);
}
parentPort.on('message', (m) => {
  let file = files.get(m.id);
  if (!file) files.set(m.id, (file = { hash: createHash('md5'), fd: undefined, error: undefined }));
  if (m.span) {
    if (file.error) return;
    try {
      if (file.fd === undefined) file.fd = fs.openSync(m.span.path, 'r');
      for (let at = m.span.from; at < m.span.to; ) {
        const n = fs.readSync(file.fd, buffer, 0, Math.min(buffer.length, m.span.to - at), at);
        if (n === 0) throw new Error('the file ended before the bytes written');
        file.hash.update(buffer.subarray(0, n));
        at += n;
      }
    } catch (error) {
      file.error = String(error && error.message || error);
    }
  } else if (m.end) {
    files.delete(m.id);
    try { close(file); } catch {}
    parentPort.postMessage(file.error ? { id: m.id, error: file.error } : { id: m.id, md5: file.hash.digest('base64') });
  } else if (m.drop) {
    files.delete(m.id);
    try { close(file); } catch {}
  }
});
`;

interface Waiting {
  resolve(md5: string): void;
  reject(error: unknown): void;
}

let worker: Worker | undefined;
let starting: Promise<Worker> | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function failAll(error: unknown): void {
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
  worker = undefined;
  starting = undefined;
}

async function start(): Promise<Worker> {
  if (worker) return worker;
  return (starting ??= import('node:worker_threads').then(({ Worker }) => {
    const w = new Worker(SOURCE, { eval: true });
    w.unref();
    w.on('message', (m: { id: number; md5?: string; error?: string }) => {
      const entry = waiting.get(m.id);
      waiting.delete(m.id);
      if (waiting.size === 0) w.unref();
      if (m.md5 !== undefined) entry?.resolve(m.md5);
      else entry?.reject(new Error(`cannot read back the download to hash it: ${m.error}`));
    });
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`the MD5 worker stopped (exit code ${code})`)));
    worker = w;
    return w;
  }));
}

/** An MD5 computed in the worker: tell it the spans of the file written, in order, then ask for the digest once. */
export class WorkerMd5 {
  private readonly id = nextId++;
  private constructor(private readonly w: Worker) {}

  static async create(): Promise<WorkerMd5> {
    return new WorkerMd5(await start());
  }

  /** Bytes `from` to `to` (exclusive) of the file at `path` are written: hash them. */
  written(path: string, from: number, to: number): void {
    this.w.postMessage({ id: this.id, span: { path, from, to } });
  }

  /** The base64 digest of everything sent. */
  digest(): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      waiting.set(this.id, { resolve, reject });
      this.w.ref();
      this.w.postMessage({ id: this.id, end: true });
    });
  }

  /** Forgets the hash, for a download given up. */
  drop(): void {
    this.w.postMessage({ id: this.id, drop: true });
  }
}
