import type { Command } from 'commander';
import { InvalidArgumentError } from '../../index';
import { CommandContext, integerOption, projectPath, withCommonOptions, withExamples, type CommonOptions, type Io } from '../context';
import { EXPORT_FORMATS, exportRuns, MANIFEST, type ExportFormat } from '../exporter';
import { buildFilters, buildOrder, type FilterOptions } from '../filters';
import { printRecord, type Format } from '../output';
import { formatBytes } from '../progress';
import { withFilterOptions } from './query';

interface ExportCommandOptions extends CommonOptions, FilterOptions {
  out?: string;
  fileFormat: string;
  concurrency: number;
  order?: string;
  limit?: number;
}

async function exportCommand(io: Io, path: string, options: ExportCommandOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format: Format = ctx.format(['table', 'json', 'jsonl']);
  if (!options.out) throw new InvalidArgumentError('--out', '--out DIR is required: the folder to write one file per run into');
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.fileFormat)) {
    throw new InvalidArgumentError(
      '--file-format',
      `--file-format must be one of ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(options.fileFormat)}`,
    );
  }
  const filters = buildFilters(options);
  const order = buildOrder(options.order);
  const summary = await exportRuns({
    api: await ctx.api(),
    path: projectPath(path),
    out: options.out,
    filters,
    order,
    limit: options.limit,
    format: options.fileFormat as ExportFormat,
    concurrency: options.concurrency,
    progress: ctx.progress('runs', true),
  });
  if (format === 'table') {
    ctx.note(
      `${summary.runs} runs: ${summary.exported} exported (${summary.rows} history rows, ${formatBytes(summary.bytes)}), ` +
        `${summary.skipped} already complete, in ${summary.seconds} s → ${summary.out}`,
    );
  } else {
    await printRecord(io.stdout, format, { ...summary });
  }
}

/** Adds `export`. */
export function addExportCommand(program: Command, io: Io): void {
  withExamples(
    withCommonOptions(
      withFilterOptions(
        program
          .command('export')
          .summary("Export runs' config, summary and full history, one file per run; resumable")
          .argument('<entity/project>', 'the project whose runs to export')
          .description(
            `Export every matching run's config, summary and full history, one file per run, several runs at once.\n` +
              `Resumable: run it again after an interruption and it skips the runs whose files are complete and\n` +
              `match the checksums in ${MANIFEST}, and the runs that have not changed since.`,
          )
          .option('--out <dir>', 'the folder to write into (created when missing)')
          .option(
            '--file-format <format>',
            `one file per run as ${EXPORT_FORMATS.join(', ')} (parquet: the history, with the run in the file's metadata)`,
            'json',
          )
          .option('--concurrency <n>', 'runs exported at once', integerOption('--concurrency', 1), 8),
      ),
    ),
    [
      'wandb-api export my-team/my-project --out ./export',
      "wandb-api export my-team/my-project --state finished --where 'config.lr>=0.01' --out ./export --file-format parquet",
      'wandb-api export my-team/my-project --out ./export --json   # a summary of what was done, as JSON',
    ],
  ).action((path: string, options: ExportCommandOptions) => exportCommand(io, path, options));
}
