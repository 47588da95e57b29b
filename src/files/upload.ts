import { UploadRunFilesDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { fileDigest, md5Base64 } from '../client/download';
import { IntegrityError, InvalidArgumentError, ServerError } from '../client/errors';
import type { CallOptions } from '../client/transport';
import type { RunRef } from '../history/history';
import type { RunFile } from './RunFile';
import { RunFiles } from './RunFiles';

/** Options of `run.uploadFile()`. */
export interface UploadFileOptions extends CallOptions {
  /** The folder the file's name in the run is relative to. @defaultValue `'.'` */
  root?: string;
}

/** `"Name:value"` strings, as W&B hands out upload headers. */
function parseHeaders(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Uploads a local file as a run file: `createRunFiles` hands out a signed upload URL and the
 * headers to send; the bytes are PUT there (storage: no API key), then the file is read back
 * from W&B and its MD5 compared with the local one.
 */
export async function uploadRunFile(ctx: SdkContext, run: RunRef, path: string, options: UploadFileOptions): Promise<RunFile> {
  const { root = '.', ...call } = options;
  if (typeof path !== 'string' || path === '') throw new InvalidArgumentError('path', 'path must be the path of a local file');
  const [{ resolve, relative, isAbsolute, sep }, { openAsBlob }, { stat }] = await Promise.all([
    import('node:path'),
    import('node:fs'),
    import('node:fs/promises'),
  ]);
  const absolute = resolve(path);
  const rel = relative(resolve(root), absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new InvalidArgumentError('root', `${absolute} is not inside root ${resolve(root)}`);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) throw new InvalidArgumentError('path', `${absolute} is not a file`);
  const name = rel.split(sep).join('/');

  const data = await ctx.transport.execute(
    UploadRunFilesDocument,
    { input: { entityName: run.entity, projectName: run.project, runName: run.name, files: [name] } },
    call,
  );
  const payload = data.createRunFiles;
  const target = payload?.files.find((f) => f.name === name)?.uploadUrl;
  if (!payload || !target) throw new ServerError(`W&B gave no upload URL for ${name}`, { operation: 'UploadRunFiles' });

  const digest = await fileDigest(absolute);
  const body = await openAsBlob(absolute);
  const response = await ctx.transport.request(
    target,
    { ...call, method: 'PUT', body, headers: parseHeaders(payload.uploadHeaders) },
    `PUT run file ${name}`,
  );
  await ctx.transport.finish(response, call, `PUT run file ${name}`);

  const file = await new RunFiles(ctx, run, { names: [name], perPage: 1, ...(call.signal ? { signal: call.signal } : {}) }).first();
  if (!file) throw new ServerError(`W&B does not list ${name} after the upload`, { operation: 'RunFiles' });
  if (digest && file.md5 && md5Base64(file.md5) !== digest.md5) {
    throw new IntegrityError(`W&B stored ${name} with MD5 ${file.md5}, but the local file has ${digest.md5}`, { operation: 'RunFiles' });
  }
  return file;
}
