import { canReadProject } from '../access';
import { findCollection, md5Hex, membershipsOf, sequenceOf, type ArtifactRecord } from './records';
import type { FakeRoute } from '../area';
import type { FakeContext } from '../schema';
import { blobUrl } from '../storage';

function notFound(what: string): Response {
  return new Response(JSON.stringify({ error: `${what} not found` }), { status: 404, headers: { 'content-type': 'application/json' } });
}

function decode(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return '';
  }
}

function holds(artifact: ArtifactRecord, hex: string): boolean {
  return Object.values(artifact.contents).some((entry) => entry.ref === undefined && md5Hex(entry.digest) === hex);
}

function readable(ctx: FakeContext, artifact: ArtifactRecord): boolean {
  if (artifact.state === 'DELETED') return false;
  const sequence = sequenceOf(ctx.store, artifact);
  const project = ctx.store.project(sequence.entity, sequence.project);
  return project !== undefined && canReadProject(ctx, project);
}

/** Sends the client on to the storage URL, as W&B's download handlers do. */
function redirectToBlob(ctx: FakeContext, hex: string, name: string): Response {
  if (!ctx.store.blobs.has(hex)) return notFound('file');
  return new Response(null, { status: 302, headers: { location: blobUrl(ctx, hex, name || 'file') } });
}

/**
 * `GET /artifactsV2/{region}/{entity}/{project}/{collection}/{birthArtifactID}/{md5 hex}/{name}`:
 * the authenticated route the Python client falls back on when a file's `directUrl` fails.
 */
export const artifactFileRoute: FakeRoute = {
  method: 'GET',
  path: /^\/artifactsV2\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]*)\/([0-9a-f]{32})\/([^/]+)$/,
  auth: true,
  handle: (_request, match, ctx) => {
    const [entity, project, collectionName, name] = [decode(match[2]), decode(match[3]), decode(match[4]), decode(match[7])];
    const hex = match[6] as string;
    const projectRecord = ctx.store.project(entity, project);
    if (!projectRecord || !canReadProject(ctx, projectRecord)) return notFound('project');
    const collection = findCollection(ctx.store, entity, project, collectionName);
    const member =
      collection &&
      membershipsOf(ctx.store, collection.id).some((m) => {
        const artifact = ctx.store.artifacts.get(m.artifactId);
        return artifact !== undefined && artifact.state !== 'DELETED' && holds(artifact, hex);
      });
    return member ? redirectToBlob(ctx, hex, name) : notFound('file');
  },
};

/**
 * `GET /artifactsV2/{region}/{entity}/{project}/{collection}/{artifactID}/{birthArtifactID}/{md5 hex}/{name}`:
 * the form the Python client uses when the server reports
 * `ARTIFACT_V2_DOWNLOAD_HANDLER_SUPPORTS_ARTIFACT_ID`. The artifact is named by id, and must be a
 * version of the collection the path names.
 */
export const artifactFileByIdRoute: FakeRoute = {
  method: 'GET',
  path: /^\/artifactsV2\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]*)\/([0-9a-f]{32})\/([^/]+)$/,
  auth: true,
  handle: (_request, match, ctx) => {
    const [entity, project, collectionName, artifactId, name] = [
      decode(match[2]),
      decode(match[3]),
      decode(match[4]),
      decode(match[5]),
      decode(match[8]),
    ];
    const hex = match[7] as string;
    const artifact = ctx.store.artifacts.get(artifactId);
    if (!artifact || !readable(ctx, artifact)) return notFound('artifact');
    const collection = findCollection(ctx.store, entity, project, collectionName);
    const member = collection !== undefined && membershipsOf(ctx.store, collection.id).some((m) => m.artifactId === artifact.id);
    return member && holds(artifact, hex) ? redirectToBlob(ctx, hex, name) : notFound('file');
  },
};

/** `GET /artifactsV2/{region}/{entity}/{birthArtifactID}/{md5 hex}`: the older form of the route. */
export const artifactFileByBirthRoute: FakeRoute = {
  method: 'GET',
  path: /^\/artifactsV2\/([^/]+)\/([^/]+)\/([^/]+)\/([0-9a-f]{32})$/,
  auth: true,
  handle: (_request, match, ctx) => {
    const artifact = ctx.store.artifacts.get(decode(match[3]));
    const hex = match[4] as string;
    return artifact && readable(ctx, artifact) && holds(artifact, hex) ? redirectToBlob(ctx, hex, hex) : notFound('file');
  },
};

/** `GET /artifacts/{entity}/{md5 hex}`: storage layout V1. */
export const artifactFileV1Route: FakeRoute = {
  method: 'GET',
  path: /^\/artifacts\/([^/]+)\/([0-9a-f]{32})$/,
  auth: true,
  handle: (_request, match, ctx) => {
    const entity = decode(match[1]);
    const hex = match[2] as string;
    const found = [...ctx.store.artifacts.values()].some((a) => sequenceOf(ctx.store, a).entity === entity && readable(ctx, a) && holds(a, hex));
    return found ? redirectToBlob(ctx, hex, hex) : notFound('file');
  },
};

/** The artifacts area's routes: artifact file downloads. */
export const artifactRoutes: readonly FakeRoute[] = [artifactFileRoute, artifactFileByIdRoute, artifactFileByBirthRoute, artifactFileV1Route];
