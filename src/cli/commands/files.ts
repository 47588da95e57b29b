import type { Command } from 'commander';
import { InvalidArgumentError, type Artifact } from '../../index';
import { CommandContext, displayPath, integerOption, projectPath, withCommonOptions, withExamples, type CommonOptions, type Io } from '../context';
import { printRecord, rowSink, type Shape } from '../output';
import { formatBytes } from '../progress';

interface ArtifactGetOptions extends CommonOptions {
  root?: string;
  type?: string;
  concurrency?: number;
}

async function artifactGet(io: Io, name: string, options: ArtifactGetOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format(['table', 'json', 'jsonl']);
  const api = await ctx.api();
  const artifact = await api.artifact(name, options.type);
  const progress = ctx.progress('files', true);
  const started = Date.now();
  const root = await artifact.download({
    ...(options.root !== undefined ? { root: options.root } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    onProgress: (p) => {
      progress.total(p.filesTotal);
      progress.set(p.filesDone, p.bytesDone);
    },
  });
  progress.stop();
  const record = { artifact: artifact.qualifiedName, type: artifact.type, files: artifact.fileCount, bytes: artifact.size, root };
  if (format === 'table')
    ctx.note(
      `${artifact.qualifiedName}: ${artifact.fileCount} files, ${formatBytes(artifact.size)} in ${displayPath(root)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  else await printRecord(io.stdout, format, record);
}

async function artifactLs(io: Io, path: string, options: CommonOptions & { type?: string; limit?: number }): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format();
  const [entity, projectName] = projectPath(path).split('/') as [string, string];
  const api = await ctx.api();
  const project = await api.project(projectName, entity);
  const shape: Shape<Artifact> = {
    columns: [
      { header: 'name', value: (a) => a.qualifiedName },
      { header: 'type', value: (a) => a.type },
      { header: 'aliases', value: (a) => a.aliases },
      { header: 'files', value: (a) => a.fileCount },
      { header: 'size', value: (a) => a.size },
      { header: 'created', value: (a) => a.createdAt },
    ],
    json: (a) => ({
      name: a.qualifiedName,
      type: a.type,
      aliases: a.aliases,
      tags: a.tags,
      files: a.fileCount,
      size: a.size,
      digest: a.digest,
      state: a.state,
      createdAt: a.createdAt,
      description: a.description ?? null,
    }),
  };
  const sink = rowSink(io.stdout, format, shape);
  const progress = ctx.progress('versions');
  let count = 0;
  outer: for await (const collection of project.collections({ kinds: ['SEQUENCE'] })) {
    if (options.type !== undefined && collection.type !== options.type) continue;
    for await (const version of collection.artifacts()) {
      await sink.write(version);
      progress.add(1);
      if (options.limit !== undefined && ++count >= options.limit) break outer;
    }
  }
  progress.stop();
  await sink.end();
}

async function fileGet(io: Io, runPath: string, name: string, options: CommonOptions & { root?: string; force?: boolean }): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format(['table', 'json', 'jsonl']);
  const api = await ctx.api();
  const run = await api.run(runPath);
  const file = await run.file(name);
  const progress = ctx.progress('files', true);
  progress.total(1);
  const path = await file
    .download({ root: options.root ?? '.', replace: options.force === true, onProgress: (bytes) => progress.set(0, bytes) })
    .catch((error: unknown) => {
      progress.stop();
      if (error instanceof InvalidArgumentError && error.argument === 'replace') {
        throw new InvalidArgumentError('--force', `${name} already exists in ${options.root ?? '.'}; add --force to overwrite it`, { cause: error });
      }
      throw error;
    });
  progress.set(1, file.sizeBytes);
  progress.stop();
  if (format === 'table') ctx.note(`${name}: ${formatBytes(file.sizeBytes)} → ${displayPath(path)}`);
  else await printRecord(io.stdout, format, { run: run.path.join('/'), name: file.name, bytes: file.sizeBytes, md5: file.md5 ?? null, path });
}

/** Adds `artifact get`, `artifact ls` and `file get`. */
export function addFileCommands(program: Command, io: Io): void {
  const artifact = program.command('artifact').description('Download and list artifacts.');
  withExamples(
    withCommonOptions(
      artifact
        .command('get')
        .argument('<name>', 'ENTITY/PROJECT/NAME:VERSION or :ALIAS, or a registry path such as wandb-registry-model/classifier:production')
        .description("Download an artifact's files, checked against their checksums; files already there and intact are not fetched again.")
        .option('--root <dir>', 'where to put the files (default: ./artifacts/NAME:VERSION)')
        .option('--type <type>', 'the artifact type, to refuse anything else')
        .option('--concurrency <n>', 'files fetched at once (default 16)', integerOption('--concurrency', 1)),
    ),
    ['wandb-api artifact get my-team/my-project/dataset:v3', 'wandb-api artifact get my-team/my-project/model:latest --root ./model'],
  ).action((name: string, options: ArtifactGetOptions) => artifactGet(io, name, options));

  withExamples(
    withCommonOptions(
      artifact
        .command('ls')
        .argument('<entity/project>', 'the project whose artifacts to list')
        .description('List the artifact versions logged to a project.')
        .option('--type <type>', 'only artifacts of this type')
        .option('--limit <n>', 'stop after this many versions', integerOption('--limit', 1)),
    ),
    ['wandb-api artifact ls my-team/my-project', 'wandb-api artifact ls my-team/my-project --type model --json'],
  ).action((path: string, options: CommonOptions & { type?: string; limit?: number }) => artifactLs(io, path, options));

  const file = program.command('file').description("Download a run's files.");
  withExamples(
    withCommonOptions(
      file
        .command('get')
        .argument('<run-path>', 'ENTITY/PROJECT/RUN_ID')
        .argument('<name>', 'the file, as the run saved it (e.g. config.yaml, media/images/x.png)')
        .description('Download one file saved with a run.')
        .option('--root <dir>', 'the folder to save into; the file keeps its name below it', '.')
        .option('--force', 'overwrite a local file of the same name'),
    ),
    ['wandb-api file get my-team/my-project/abc123 config.yaml', 'wandb-api file get my-team/my-project/abc123 output.log --root ./logs --force'],
  ).action((runPath: string, name: string, options: CommonOptions & { root?: string; force?: boolean }) => {
    if (name === '') throw new InvalidArgumentError('NAME', 'NAME must name a file');
    return fileGet(io, runPath, name, options);
  });
}
