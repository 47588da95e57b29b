import type { ArtifactRecord } from '../artifacts/records';
import type { FakeSeeder } from '../seed';
import { checkSequence, aliases } from '../artifacts/seeds';
import { builder } from '../seedBuilder';
import { boolean, nonEmptyString, oneOf, optional, plainObject, shape, string, strings, wandbName } from '../seedCheck';

/** Fields of `fake.seed.job()`: a Launch job, logged as an artifact of type `job`. */
export interface JobSeed {
  /** The project; created when missing. */
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** The job's name (its artifact collection), such as `job-github.com_acme_train.py`. */
  name: string;
  /** Where the code comes from. @defaultValue `'repo'` */
  sourceType?: 'repo' | 'artifact' | 'image';
  /** Git remote and commit of a `repo` job. @defaultValue a github.com remote and a fixed commit */
  git?: { remote: string; commit: string };
  /** The code artifact of an `artifact` job. @defaultValue `wandb-artifact://_id/<fixed id>` */
  codeArtifact?: string;
  /** The image of an `image` job. @defaultValue `'acme/train:latest'` */
  image?: string;
  /** The command. @defaultValue `['python', 'train.py']` (none for `image` jobs) */
  entrypoint?: string[];
  /**
   * Example config the job takes: its input types are made from it (numbers, strings, booleans,
   * lists and nested objects), as W&B does from a run's config.
   */
  config?: Record<string, unknown>;
  /** Example summary its runs log; its output types are made from it. */
  summary?: Record<string, unknown>;
  /** @defaultValue `'3.11.9'` (none for `image` jobs) */
  runtime?: string;
  /** A job made by hand, whose input types are not checked. */
  partial?: boolean;
  /** `requirements.frozen.txt` (repo and artifact jobs). @defaultValue a line for wandb */
  requirements?: string[];
  /** Aliases besides `latest`. */
  aliases?: string[];
  description?: string;
}

/** The W&B type of a JSON value, as W&B writes a job's input and output types. */
export function wandbTypeOf(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return { wb_type: 'none' };
  if (typeof value === 'number') return { wb_type: 'number' };
  if (typeof value === 'string') return { wb_type: 'string' };
  if (typeof value === 'boolean') return { wb_type: 'boolean' };
  if (Array.isArray(value)) {
    const distinct = new Map<string, Record<string, unknown>>();
    for (const item of value) {
      const type = wandbTypeOf(item);
      distinct.set(JSON.stringify(type), type);
    }
    const kinds = [...distinct.values()];
    const element =
      kinds.length === 0 ? { wb_type: 'unknown' } : kinds.length === 1 ? kinds[0] : { wb_type: 'union', params: { allowed_types: kinds } };
    return { wb_type: 'list', params: { element_type: element, length: value.length } };
  }
  if (typeof value === 'object') {
    const map: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) map[key] = wandbTypeOf(item);
    return { wb_type: 'typedDict', params: { type_map: map } };
  }
  return { wb_type: 'unknown' };
}

/** Logs a job: an artifact of type `job` with `wandb-job.json` (and, for code jobs, `requirements.frozen.txt`). */
export function seedJob(seeder: FakeSeeder, seed: JobSeed): ArtifactRecord {
  const sourceType = seed.sourceType ?? 'repo';
  const entrypoint = seed.entrypoint ?? (sourceType === 'image' ? undefined : ['python', 'train.py']);
  let source: Record<string, unknown>;
  if (sourceType === 'image') {
    source = { image: seed.image ?? 'acme/train:latest', args: [], ...(entrypoint ? { entrypoint } : {}) };
  } else {
    const origin =
      sourceType === 'repo'
        ? { git: seed.git ?? { remote: 'https://github.com/acme/train.git', commit: '5d1c2e7a9b3f4c6d8e0f1a2b3c4d5e6f7a8b9c0d' } }
        : { artifact: seed.codeArtifact ?? 'wandb-artifact://_id/QXJ0aWZhY3Q6MQ==' };
    source = { ...origin, entrypoint, notebook: false, build_context: null, dockerfile: null };
  }
  const info: Record<string, unknown> = {
    _version: 'v0',
    source_type: sourceType,
    source,
    input_types: wandbTypeOf(seed.config ?? {}),
    output_types: wandbTypeOf(seed.summary ?? {}),
    ...(sourceType === 'image' ? {} : { runtime: seed.runtime ?? '3.11.9' }),
    ...(seed.partial ? { _partial: true } : {}),
  };
  const files: Record<string, string> = { 'wandb-job.json': JSON.stringify(info, null, 2) };
  if (sourceType !== 'image') files['requirements.frozen.txt'] = `${(seed.requirements ?? ['wandb==0.30.0']).join('\n')}\n`;
  return seeder.artifact({
    project: seed.project,
    ...(seed.entity ? { entity: seed.entity } : {}),
    name: seed.name,
    type: 'job',
    files,
    ...(seed.aliases ? { aliases: seed.aliases } : {}),
    ...(seed.description !== undefined ? { description: seed.description } : {}),
  });
}

const jobSeed = shape<JobSeed>('JobSeed', {
  project: wandbName,
  entity: optional(wandbName),
  name: wandbName,
  sourceType: optional(oneOf('repo', 'artifact', 'image')),
  git: optional(shape<NonNullable<JobSeed['git']>>('{ remote, commit }', { remote: nonEmptyString, commit: nonEmptyString })),
  codeArtifact: optional(nonEmptyString),
  image: optional(nonEmptyString),
  entrypoint: optional(strings(nonEmptyString, 'a list of non-empty strings')),
  config: optional(plainObject),
  summary: optional(plainObject),
  runtime: optional(nonEmptyString),
  partial: optional(boolean),
  requirements: optional(strings(nonEmptyString, 'a list of non-empty strings')),
  aliases: optional(aliases),
  description: optional(string),
});

/** The jobs area's seed builders. */
export const jobSeeds = {
  /**
   * Adds a Launch job: an artifact of type `job` whose `wandb-job.json` holds its source, entry
   * point, runtime and the input and output types made from `config` and `summary`.
   * @example `fake.seed.job({ project: 'p', name: 'train', config: { lr: 0.01, epochs: 10 } })`
   */
  job: builder((s, seed: JobSeed): ArtifactRecord => {
    checkSequence(s.store, 'job', seed.entity ?? s.viewer.entity, seed.project, seed.name, 'job');
    return seedJob(s.seed, seed);
  }).checks([{ name: '', check: jobSeed }]),
};
