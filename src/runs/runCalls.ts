import { CreateRunDocument, RunDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { describeValue, InvalidArgumentError, NotFoundError } from '../client/errors';
import { checkName, parseProjectPath, parseRunPath } from '../client/paths';
import type { CallOptions } from '../client/transport';
import { Run } from './Run';
import { Runs, type RunsOptions } from './Runs';

/** Options of `api.createRun()`. */
export interface CreateRunOptions extends CallOptions {
  /** The run's id. @defaultValue 8 random letters and digits */
  runId?: string;
  /** @defaultValue the `project` setting, else `uncategorized` */
  project?: string;
  /** @defaultValue the `entity` setting, else the key's default entity */
  entity?: string;
  /** `'pending'` for a run to be resumed later. @defaultValue `'running'` */
  state?: 'running' | 'pending';
}

/** `api.runs()`: the runs of a project path (the default project when left out). */
export function listRuns(ctx: SdkContext, path: string | undefined, options: RunsOptions): Runs {
  const { entity, project } = parseProjectPath(path, ctx.defaults);
  return new Runs(ctx, { entity, project }, options);
}

/** `api.run()`: one run by path or URL. */
export async function getRun(ctx: SdkContext, path: string, options: CallOptions): Promise<Run> {
  const parsed = parseRunPath(path, ctx.defaults);
  const entity = await ctx.resolveEntity(parsed.entity, options);
  const data = await ctx.transport.execute(RunDocument, { entity, project: parsed.project, name: parsed.runId }, options);
  const run = data.project?.run;
  if (!run) throw new NotFoundError(`Run ${entity}/${parsed.project}/${parsed.runId} was not found`, { operation: 'Run' });
  return new Run(ctx, entity, parsed.project, run);
}

const RUN_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `api.createRun()`: upserts a run (Python's `Run.create`). */
export async function createRun(ctx: SdkContext, options: CreateRunOptions): Promise<Run> {
  const { runId, project, entity, state = 'running', ...callOptions } = options;
  if (runId !== undefined) checkName(runId, 'run id', 'runId');
  if (project !== undefined) checkName(project, 'project');
  if (entity !== undefined) checkName(entity, 'entity');
  if (state !== 'running' && state !== 'pending')
    throw new InvalidArgumentError('state', `state must be 'running' or 'pending', got ${describeValue(state)}`);
  const name = runId ?? Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => RUN_ID_ALPHABET[b % RUN_ID_ALPHABET.length]).join('');
  const entityName = entity ?? ctx.defaults.entity;
  const input = {
    name,
    modelName: project ?? ctx.defaults.project ?? 'uncategorized',
    state,
    ...(entityName !== undefined ? { entityName } : {}),
  };
  const data = await ctx.transport.execute(CreateRunDocument, { input }, callOptions);
  const bucket = data.upsertBucket?.bucket;
  if (!bucket?.project) throw new NotFoundError(`Run ${name} could not be created`, { operation: 'CreateRun' });
  return new Run(ctx, bucket.project.entityName, bucket.project.name, bucket);
}
