import { canReadProject } from '../access';
import type { FakeRoute } from '../area';
import type { FakeContext } from '../schema';
import { nodeId } from '../ids';
import { runKey, type RunRecord } from './records';
import { blobUrl } from '../storage';

const enc = encodeURIComponent;

/** The id W&B gives a run file. */
export function runFileId(run: Pick<RunRecord, 'entity' | 'project' | 'name'>, name: string): string {
  return nodeId('File', name, run.name, run.project, run.entity);
}

/** A run file's `url`: on the W&B origin, needs the API key, redirects to storage. */
export function runFileUrl(ctx: Pick<FakeContext, 'origin'>, run: RunRecord, name: string): string {
  return `${ctx.origin}/files/${enc(run.entity)}/${enc(run.project)}/${enc(run.name)}/${name.split('/').map(enc).join('/')}`;
}

/** A fresh upload URL for one file of a run: on the storage origin, no key needed, used once. */
export function runUploadUrl(ctx: Pick<FakeContext, 'store' | 'storageOrigin'>, run: RunRecord, name: string): string {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  ctx.store.runFileUploads.set(token, { entity: run.entity, project: run.project, run: run.name, name });
  return `${ctx.storageOrigin}/upload/${token}`;
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain' } });
}

/** `GET /files/<entity>/<project>/<run>/<name>`: checks the key's access, then redirects to the stored bytes. */
export const runFileRoute: FakeRoute = {
  method: 'GET',
  path: /^\/files\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/,
  auth: true,
  handle: (_request, match, ctx) => {
    const [entity, project, runName, name] = match.slice(1, 5).map((part) => decodeURIComponent(part as string)) as [string, string, string, string];
    const projectRecord = ctx.store.project(entity, project);
    if (!projectRecord || !canReadProject(ctx, projectRecord)) return text(404, 'not found');
    const file = ctx.store.runFiles.get(runKey(entity, project, runName))?.get(name);
    if (!file) return text(404, 'not found');
    return new Response(null, { status: 302, headers: { location: blobUrl(ctx, file.blobId, name.split('/').pop() ?? name) } });
  },
};

function guessMimetype(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    json: 'application/json',
    txt: 'text/plain',
    log: 'text/plain',
    yaml: 'application/x-yaml',
    yml: 'application/x-yaml',
    png: 'image/png',
    csv: 'text/csv',
    html: 'text/html',
    md: 'text/markdown',
  };
  return (ext && known[ext]) ?? 'application/octet-stream';
}

/** `PUT /upload/<token>`: stores the bytes as the run's file, as a signed upload URL does. */
export const runUploadRoute: FakeRoute = {
  method: 'PUT',
  path: /^\/upload\/([0-9a-f]{32})$/,
  auth: false,
  handle: async (request, match, ctx) => {
    const token = match[1] as string;
    const upload = ctx.store.runFileUploads.get(token);
    if (!upload) return text(403, 'the upload URL is not valid or was used already');
    if (request.headers.get('content-type') !== 'application/octet-stream') return text(400, 'the upload headers were not sent');
    const run = ctx.store.run(upload.entity, upload.project, upload.run);
    if (!run) return text(404, 'the run no longer exists');
    const bytes = new Uint8Array(await request.arrayBuffer());
    ctx.store.runFileUploads.delete(token);
    const key = runKey(run.entity, run.project, run.name);
    let table = ctx.store.runFiles.get(key);
    if (!table) ctx.store.runFiles.set(key, (table = new Map()));
    const blobId = ctx.store.putBlob(bytes, guessMimetype(upload.name));
    const now = ctx.store.tick();
    const existing = table.get(upload.name);
    table.set(upload.name, {
      id: runFileId(run, upload.name),
      name: upload.name,
      blobId,
      sizeBytes: bytes.length,
      md5: ctx.store.blobs.get(blobId)?.md5 ?? '',
      mimetype: guessMimetype(upload.name),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return new Response(null, { status: 200 });
  },
};

/** The runs area's routes: file downloads and uploads. */
export const runRoutes: readonly FakeRoute[] = [runFileRoute, runUploadRoute];
