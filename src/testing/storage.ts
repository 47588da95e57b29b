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

/** Serves stored blobs without auth, as signed storage URLs are. */
export const storageRoute: FakeRoute = {
  method: 'GET',
  path: /^\/storage\/([0-9a-f]{32})(?:\/[^/]*)?$/,
  auth: false,
  handle: (_request, match, ctx) => {
    const blob = ctx.store.blobs.get(match[1] as string);
    if (!blob) return new Response('<Error><Code>NoSuchKey</Code></Error>', { status: 404, headers: { 'content-type': 'application/xml' } });
    return new Response(chunked(blob.bytes), {
      status: 200,
      headers: { 'content-type': blob.contentType, 'content-length': String(blob.bytes.length), etag: `"${match[1]}"` },
    });
  },
};
