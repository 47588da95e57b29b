import { relative, isAbsolute } from 'node:path';
import type { Command } from 'commander';
import { Api, InvalidArgumentError } from '../index';
import { resolveBaseUrl, type Env } from './credentials';
import { checkFormat, FORMATS, type Format } from './output';
import { progressBar, type Progress } from './progress';

/** The process's streams and environment, passed in so tests and the bin share one code path. */
export interface Io {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: Env;
}

/** Options every command has. */
export interface CommonOptions {
  host?: string;
  format?: string;
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** Adds `--host` (for commands that talk to W&B), `--format`/`--json`, `--quiet` and `--debug`. */
export function withCommonOptions(command: Command, { api = true, output = true }: { api?: boolean; output?: boolean } = {}): Command {
  if (api) command.option('--host <url>', 'W&B server URL (default: WANDB_BASE_URL, else the one saved by login --host, else https://api.wandb.ai)');
  if (output) {
    command.option('--format <format>', `output format: ${FORMATS.join(', ')} (default: table)`);
    command.option('--json', 'print JSON (same as --format json)');
  }
  command.option('-q, --quiet', 'print no progress or messages on stderr');
  command.option('--debug', 'print the stack trace of an error');
  return command;
}

/** Appends an `Examples:` section to a command's help. */
export function withExamples(command: Command, examples: readonly string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

/** What an action needs: the streams, the parsed options and helpers built from them. */
export class CommandContext {
  constructor(
    readonly io: Io,
    readonly options: CommonOptions,
  ) {}

  /** The output format; `parquet` is refused on a terminal (it is binary), and so is a format the command cannot print. */
  format(allowed: readonly Format[] = FORMATS): Format {
    const format = this.options.json ? 'json' : checkFormat(this.options.format ?? 'table', allowed);
    if (format === 'parquet' && this.io.stdout.isTTY) {
      throw new InvalidArgumentError('--format', 'parquet is binary: redirect it to a file, e.g. > runs.parquet');
    }
    return format;
  }

  /** The W&B URL to talk to. */
  baseUrl(): Promise<string> {
    return resolveBaseUrl(this.options.host, this.io.env);
  }

  /** An `Api` for the W&B URL, its key from `WANDB_API_KEY` or the netrc file. */
  async api(): Promise<Api> {
    return new Api({ baseUrl: await this.baseUrl(), env: this.io.env });
  }

  /** A progress bar on stderr (a terminal only, and not with `--quiet`). */
  progress(unit: string, withBytes = false): Progress {
    return progressBar({ stream: this.io.stderr, quiet: this.options.quiet === true }, unit, withBytes);
  }

  /** A message for people, on stderr (not with `--quiet`). */
  note(message: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${message}\n`);
  }
}

/** Parses a whole number option at least `min`. */
export function integerOption(name: string, min: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(name, `${name} must be a whole number >= ${min}, got ${JSON.stringify(value)}`);
    }
    return n;
  };
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Splits `ENTITY/PROJECT`, refusing anything else. */
export function projectPath(value: string, argument = 'ENTITY/PROJECT'): string {
  const parts = value.split('/');
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    throw new InvalidArgumentError(argument, `${argument} must look like my-team/my-project, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A path as short as it can be said: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? `./${rel}` : path;
}
