import { Command, CommanderError } from 'commander';
import { InvalidArgumentError, SDK_VERSION, WandbError } from '../index';
import { addAuthCommands } from './commands/auth';
import { addExportCommand } from './commands/export';
import { addFakeCommand } from './commands/fake';
import { addFileCommands } from './commands/files';
import { addQueryCommands } from './commands/query';
import type { Io } from './context';

/** Exit codes: done, failed, and wrong usage (bad options or arguments). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The `wandb-api` program, its output going to `io`. */
export function buildProgram(io: Io): Command {
  const program = new Command('wandb-api')
    .description(
      'Query, export and download from Weights & Biases.\n' +
        'The API key comes from WANDB_API_KEY, else from ~/.netrc (where `wandb-api login` and `wandb login` save it);\n' +
        'the server from --host, else WANDB_BASE_URL, else the base_url `login --host` saved, else https://api.wandb.ai.',
    )
    .version(SDK_VERSION, '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'wandb-api: ')),
    });
  program.exitOverride();
  addAuthCommands(program, io);
  addQueryCommands(program, io);
  addExportCommand(program, io);
  addFileCommands(program, io);
  addFakeCommand(program, io);
  program.addHelpText(
    'after',
    '\nExamples:\n' +
      [
        'wandb-api login',
        "wandb-api runs my-team/my-project --state finished --where 'config.lr>=0.01' --select config.lr,summary.loss",
        'wandb-api history my-team/my-project/abc123 --keys loss --format csv > loss.csv',
        'wandb-api export my-team/my-project --out ./export',
        'wandb-api artifact get my-team/my-project/model:latest',
      ]
        .map((e) => `  $ ${e}`)
        .join('\n') +
      '\n\nEvery command takes --help, --json (or --format), --quiet and --debug.\nExit codes: 0 done, 1 failed, 2 wrong usage.\n',
  );
  for (const command of allCommands(program))
    command.exitOverride().configureOutput(program.configureOutput()).showHelpAfterError('(add --help for usage)');
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** Replaces every occurrence of a secret in text. */
function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('***'), text);
}

/** One line for an error: the typed SDK errors by their class, others by their message. */
function describe(error: unknown): string {
  if (error instanceof InvalidArgumentError) return error.message;
  if (error instanceof WandbError) return `${error.name}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

function stackOf(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; depth++) {
    lines.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
    e = e instanceof Error ? e.cause : undefined;
    if (e !== undefined) lines.push('caused by:');
  }
  return lines.join('\n');
}

/**
 * Runs the command line `argv` (without node and the script) and returns the exit code. Errors
 * print as one line on stderr (with the stack under `--debug`); the API key is never printed.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const secrets = [io.env.WANDB_API_KEY ?? ''];
    const debug = argv.includes('--debug');
    io.stderr.write(`wandb-api: ${redact(describe(error), secrets)}\n`);
    if (debug) io.stderr.write(`${redact(stackOf(error), secrets)}\n`);
    return error instanceof InvalidArgumentError ? EXIT.usage : EXIT.failed;
  }
}
