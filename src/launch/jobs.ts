import { ProjectArtifactTypeDocument } from '../../generated/graphql';
import type { Artifact } from '../artifacts/Artifact';
import { getArtifact } from '../artifacts/artifactCalls';
import { ArtifactType } from '../artifacts/ArtifactType';
import type { SdkContext } from '../client/context';
import { IntegrityError, InvalidArgumentError, NotFoundError, ServerError, describeValue } from '../client/errors';
import { checkPageSize } from '../client/paginator';
import { checkName } from '../client/paths';
import type { CallOptions } from '../client/transport';
import { Job, JOB_FILE, REQUIREMENTS_FILE } from './Job';

/** Options of `api.job()`. */
export interface JobOptions extends CallOptions {
  /**
   * Download the whole job artifact into this folder (as the Python client does), so files such
   * as `requirements.frozen.txt` are at hand. Left out, only the job file is read, in memory,
   * and nothing is written.
   */
  path?: string;
}

/** Options of `api.listJobs()`. */
export interface ListJobsOptions extends CallOptions {
  /** Job versions per request. @defaultValue 50 */
  perPage?: number;
}

/** The artifact type every job has. */
const JOB_TYPE = 'job';

/** Checks `entity/project/name:alias`, the only form the Python client takes for a job. */
function checkJobName(name: unknown): string {
  if (typeof name !== 'string' || name.split('/').length !== 3 || !name.includes(':')) {
    throw new InvalidArgumentError('name', `A job is named "<entity>/<project>/<job-name>:<alias-or-version>", got ${describeValue(name)}`);
  }
  return name;
}

function parseJobFile(text: string, artifact: Artifact): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ServerError(`The ${JOB_FILE} of ${artifact.qualifiedName} is not valid JSON`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ServerError(`The ${JOB_FILE} of ${artifact.qualifiedName} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

/** The job file's bytes, fetched from its storage URL and checked against W&B's size and MD5. */
async function readJobFile(ctx: SdkContext, artifact: Artifact, options: CallOptions): Promise<string> {
  const [file] = await artifact.files({ names: [JOB_FILE], perPage: 1, ...(options.signal ? { signal: options.signal } : {}) }).toArray({ limit: 1 });
  if (!file || file.name !== JOB_FILE) throw new NotFoundError(`Artifact ${artifact.qualifiedName} has no ${JOB_FILE}, so it is not a job`);
  const response = await ctx.transport.request(file.directUrl, options, `GET ${JOB_FILE}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length !== file.sizeBytes)
    throw new IntegrityError(`${JOB_FILE} of ${artifact.qualifiedName} has ${bytes.length} bytes, expected ${file.sizeBytes}`);
  if (file.md5) {
    const { createHash } = await import('node:crypto');
    const md5 = createHash('md5').update(bytes).digest('base64');
    if (md5 !== file.md5) throw new IntegrityError(`${JOB_FILE} of ${artifact.qualifiedName} has MD5 ${md5}, expected ${file.md5}`);
  }
  return new TextDecoder().decode(bytes);
}

/** `api.job()`: the job artifact of that name, with its job file read (the artifact downloaded first when asked). */
export async function getJob(ctx: SdkContext, name: string, options: JobOptions): Promise<Job> {
  checkJobName(name);
  const { path, ...callOptions } = options;
  const artifact = await getArtifact(ctx, name, JOB_TYPE, callOptions);
  if (path === undefined) return new Job(ctx, name, artifact, parseJobFile(await readJobFile(ctx, artifact, callOptions), artifact));
  if (typeof path !== 'string' || !path) throw new InvalidArgumentError('path', 'path must be the folder to download the job into');
  const [manifest, root] = await Promise.all([artifact.manifest(callOptions), artifact.download({ ...callOptions, root: path })]);
  if (!manifest.entries.has(JOB_FILE)) throw new NotFoundError(`Artifact ${artifact.qualifiedName} has no ${JOB_FILE}, so it is not a job`);
  const [{ readFile }, nodePath] = await Promise.all([import('node:fs/promises'), import('node:path')]);
  const info = parseJobFile(await readFile(nodePath.join(root, JOB_FILE), 'utf8'), artifact);
  const requirementsFile = manifest.entries.has(REQUIREMENTS_FILE) ? nodePath.join(root, REQUIREMENTS_FILE) : undefined;
  return new Job(ctx, name, artifact, info, { root, ...(requirementsFile ? { requirementsFile } : {}) });
}

/**
 * `api.listJobs()`: every committed version of every job collection of a project, newest first
 * within each collection, through the artifacts facades (the `job` type, its collections, their
 * versions).
 */
export async function getJobVersions(ctx: SdkContext, entity: string, project: string, options: ListJobsOptions = {}): Promise<Artifact[]> {
  const { perPage: givenPerPage, ...callOptions } = options;
  checkName(entity, 'entity');
  checkName(project, 'project');
  const perPage = checkPageSize(givenPerPage, 50);
  const data = await ctx.transport.execute(ProjectArtifactTypeDocument, { entity, project, type: JOB_TYPE }, callOptions);
  if (!data.project) throw new NotFoundError(`Project ${entity}/${project} was not found`, { operation: 'ProjectArtifactType' });
  // A project that never logged a job has no `job` type: no jobs, as in Python.
  if (!data.project.artifactType) return [];
  const type = new ArtifactType(ctx, entity, project, data.project.artifactType);
  const paging = { perPage, ...(callOptions.signal ? { signal: callOptions.signal } : {}) };
  const versions: Artifact[] = [];
  for await (const collection of type.collections(paging)) versions.push(...(await collection.artifacts(paging).toArray()));
  return versions;
}
