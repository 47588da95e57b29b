import type { SdkContext } from '../client/context';
import { IntegrityError, NotFoundError, ServerError } from '../client/errors';
import type { CallOptions } from '../client/transport';
import type { Artifact } from './Artifact';

/**
 * The W&B object types (`_log_type`s) an artifact stores as `<name>.<type>.json`, in the order
 * the Python client tries them when resolving `artifact.get(name)`.
 */
export const WANDB_OBJECT_TYPES: readonly string[] = [
  'audio-file',
  'bokeh-file',
  'bounding-boxes',
  'classes',
  'eval-table',
  'graph-file',
  'histogram',
  'html-file',
  'image-file',
  'joined-table',
  'mask',
  'molecule-file',
  'object3D-file',
  'partitioned-table',
  'plotly-file',
  'pytorch-model-file',
  'sklearn-model-file',
  'table',
  'tfkeras-model-file',
  'video-file',
  'wb_trace_tree',
];

/**
 * @internal One file of an artifact, read into memory from its storage URL and checked against
 * the size and MD5 W&B records for it.
 * @throws {@link NotFoundError} when the artifact has no such file; {@link IntegrityError} when the bytes do not match;
 *   {@link TimeoutError} when the body does not arrive within the call's deadline; {@link NetworkError} when it is cut off.
 */
export async function readArtifactFile(ctx: SdkContext, artifact: Artifact, name: string, options: CallOptions): Promise<Uint8Array> {
  const [file] = await artifact.files({ names: [name], perPage: 1, ...(options.signal ? { signal: options.signal } : {}) }).toArray({ limit: 1 });
  if (!file || file.name !== name) throw new NotFoundError(`Artifact ${artifact.qualifiedName} has no file ${JSON.stringify(name)}`);
  // Read whole within the call's deadline and signal: a body that stalls or breaks off ends in a typed error.
  const bytes = await ctx.transport.bytes(file.directUrl, options, `GET ${name}`);
  if (bytes.length !== file.sizeBytes)
    throw new IntegrityError(`${name} of ${artifact.qualifiedName} has ${bytes.length} bytes, expected ${file.sizeBytes}`);
  if (file.md5) {
    const { createHash } = await import('node:crypto');
    const md5 = createHash('md5').update(bytes).digest('base64');
    if (md5 !== file.md5) throw new IntegrityError(`${name} of ${artifact.qualifiedName} has MD5 ${md5}, expected ${file.md5}`);
  }
  return bytes;
}

/** @internal A file of an artifact read as a JSON object. @throws {@link ServerError} when it is not one. */
export async function readArtifactJson(ctx: SdkContext, artifact: Artifact, name: string, options: CallOptions): Promise<Record<string, unknown>> {
  const text = new TextDecoder().decode(await readArtifactFile(ctx, artifact, name, options));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ServerError(`${name} of ${artifact.qualifiedName} is not valid JSON`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ServerError(`${name} of ${artifact.qualifiedName} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

/** The manifest path under which an artifact stores the W&B object `name`, or `undefined` when it has none. */
export function wandbObjectPath(paths: ReadonlySet<string> | ReadonlyMap<string, unknown>, name: string): { path: string; type: string } | undefined {
  for (const type of WANDB_OBJECT_TYPES) {
    const suffix = `${type}.json`;
    const path = name.endsWith(suffix) ? name : `${name}.${suffix}`;
    if (paths.has(path)) return { path, type };
  }
  return undefined;
}
