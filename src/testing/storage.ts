import type { FakeRoute } from './area';
import type { FakeContext } from './schema';

/** The URL of a stored blob, as the fake hands it out: like a signed storage URL, no auth needed. */
export function blobUrl(ctx: Pick<FakeContext, 'storageOrigin'>, blobId: string, name = 'file'): string {
  return `${ctx.storageOrigin}/storage/${blobId}/${encodeURIComponent(name)}`;
}

const CHUNK = 1 << 20;

/**
 * The bytes as a stream of 1 MiB copies: `new Response(bytes)` would copy the whole blob for
 * every request, which large files and many concurrent downloads turn into hundreds of MiB.
 */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const end = Math.min(offset + CHUNK, bytes.length);
      controller.enqueue(bytes.slice(offset, end));
      offset = end;
    },
  });
}

/** The byte range a `Range` header asks for, `'unsatisfiable'`, or `undefined` for the whole blob. */
function byteRange(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  // One range of bytes, as readers of parquet and other seekable files ask; anything else is
  // answered with the whole blob, as HTTP allows a server to.
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1] as string, match[2] as string];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return end < start ? undefined : { start, end };
}

/**
 * Answers for a stored blob, as a storage bucket answers signed URLs: `HEAD` gives the size
 * alone, and a `Range` header one slice (206), which is how parquet readers read a file.
 */
function serveBlob(request: Request, match: RegExpExecArray, ctx: FakeContext): Response {
  const id = match[1] as string;
  const blob = ctx.store.blobs.get(id);
  const head = request.method.toUpperCase() === 'HEAD';
  if (!blob) {
    return new Response(head ? null : '<Error><Code>NoSuchKey</Code></Error>', { status: 404, headers: { 'content-type': 'application/xml' } });
  }
  const size = blob.bytes.length;
  const headers: Record<string, string> = { 'content-type': blob.contentType, 'accept-ranges': 'bytes', etag: `"${id}"` };
  const range = byteRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
  const bytes = range ? blob.bytes.subarray(range.start, range.end + 1) : blob.bytes;
  if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
  headers['content-length'] = String(bytes.length);
  return new Response(head ? null : chunked(bytes), { status: range ? 206 : 200, headers });
}

const STORAGE_PATH = /^\/storage\/([0-9a-f]{32})(?:\/[^/]*)?$/;

/** Serves stored blobs without auth, as signed storage URLs are. */
export const storageRoute: FakeRoute = { method: 'GET', path: STORAGE_PATH, auth: false, handle: serveBlob };

/** The size of a stored blob, without its bytes. */
export const storageHeadRoute: FakeRoute = { method: 'HEAD', path: STORAGE_PATH, auth: false, handle: serveBlob };
