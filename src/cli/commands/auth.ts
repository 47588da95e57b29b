import type { Command } from 'commander';
import { Api, AuthenticationError, InvalidArgumentError } from '../../index';
import { apiKeyProblem, machineOf, removeNetrcKey, saveBaseUrl, saveNetrcKey } from '../credentials';
import { CommandContext, withCommonOptions, withExamples, type CommonOptions, type Io } from '../context';
import { printRecord } from '../output';

interface LoginOptions extends CommonOptions {
  key?: string;
  verify: boolean;
}

/** A path as people write it: `~/.netrc` rather than the home folder spelled out. */
function tildify(path: string, env: Io['env']): string {
  const home = env.HOME;
  return home && (path === home || path.startsWith(`${home}/`)) ? `~${path.slice(home.length)}` : path;
}

async function readStdin(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The app's URL for an API URL (`api.wandb.ai` → `wandb.ai`), where people find their key. */
function appUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.hostname.startsWith('api.')) url.hostname = url.hostname.slice(4);
  return url.origin;
}

async function promptKey(io: Io, baseUrl: string): Promise<string> {
  if (!io.stdin.isTTY) {
    throw new InvalidArgumentError(
      '--key',
      'no terminal to ask for the API key on: pipe it in with --key - (e.g. printenv MY_KEY | wandb-api login --key -)',
    );
  }
  const { read } = await import('read');
  io.stderr.write(`Find your API key at ${appUrl(baseUrl)}/authorize\n`);
  return read({ prompt: 'API key (hidden): ', silent: true, replace: '', input: io.stdin, output: io.stderr });
}

async function login(io: Io, options: LoginOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format(['table', 'json', 'jsonl']);
  const baseUrl = await ctx.baseUrl();
  if (options.key !== undefined && options.key !== '-') {
    throw new InvalidArgumentError(
      '--key',
      'a key on the command line is visible to other users of this machine: give --key - and pipe it in, or type it at the prompt',
    );
  }
  const key = (options.key === '-' ? await readStdin(io.stdin) : await promptKey(io, baseUrl)).trim();
  const problem = apiKeyProblem(key);
  if (problem) throw new InvalidArgumentError('--key', `Not a W&B API key: ${problem}`);
  let username: string | undefined;
  let entity: string | undefined;
  if (options.verify) {
    try {
      const viewer = await new Api({ baseUrl, apiKey: key, env: {} }).viewer();
      username = viewer.username;
      entity = viewer.entity;
    } catch (error) {
      if (error instanceof AuthenticationError)
        throw new AuthenticationError(`${machineOf(baseUrl)} refused the API key; nothing was saved`, { cause: error });
      throw error;
    }
  }
  const netrc = await saveNetrcKey(baseUrl, key, io.env);
  // As `wandb login --host`: remember a dedicated server for later commands of either tool.
  const settings = options.host !== undefined ? await saveBaseUrl(baseUrl, io.env) : undefined;
  ctx.note(`Logged in to ${baseUrl}${username ? ` as ${username}` : ''}; key saved in ${tildify(netrc, io.env)}`);
  if (format !== 'table') {
    await printRecord(io.stdout, format, {
      host: baseUrl,
      username: username ?? null,
      entity: entity ?? null,
      netrc,
      ...(settings ? { settings } : {}),
    });
  }
}

async function logout(io: Io, options: CommonOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format(['table', 'json', 'jsonl']);
  const baseUrl = await ctx.baseUrl();
  const netrc = await removeNetrcKey(baseUrl, io.env);
  ctx.note(netrc ? `Removed the key for ${machineOf(baseUrl)} from ${tildify(netrc, io.env)}` : `No key for ${machineOf(baseUrl)} was saved`);
  if (format !== 'table') await printRecord(io.stdout, format, { host: baseUrl, removed: netrc !== undefined, netrc: netrc ?? null });
}

async function whoami(io: Io, options: CommonOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format();
  const api = await ctx.api();
  const viewer = await api.viewer();
  await printRecord(io.stdout, format, {
    host: await ctx.baseUrl(),
    username: viewer.username ?? null,
    entity: viewer.entity ?? null,
    email: viewer.email ?? null,
    teams: viewer.teams,
    admin: viewer.admin,
  });
}

/** Adds `login`, `logout` and `whoami`. */
export function addAuthCommands(program: Command, io: Io): void {
  withExamples(
    withCommonOptions(
      program
        .command('login')
        .summary('Save an API key in ~/.netrc, as `wandb login` does')
        .description(
          `Save an API key in ~/.netrc (as \`wandb login\` does), after checking it with the server.\nThe key is read from a prompt that does not echo it, or from stdin with --key -.\nWith --host, the server is also saved as base_url in ~/.config/wandb/settings, as \`wandb login --host\` does.`,
        )
        .option('--key <source>', '"-" reads the key from stdin (a key itself is never taken as an argument)')
        .option('--no-verify', 'save the key without asking the server who it belongs to'),
    ),
    ['wandb-api login', 'printenv WANDB_KEY | wandb-api login --key -', 'wandb-api login --host https://wandb.example.com'],
  ).action((options: LoginOptions) => login(io, options));

  withExamples(withCommonOptions(program.command('logout').description("Remove the server's key from ~/.netrc; every other entry is kept.")), [
    'wandb-api logout',
    'wandb-api logout --host https://wandb.example.com',
  ]).action((options: CommonOptions) => logout(io, options));

  withExamples(withCommonOptions(program.command('whoami').description('Show who the API key belongs to.')), [
    'wandb-api whoami',
    'wandb-api whoami --json',
  ]).action((options: CommonOptions) => whoami(io, options));
}
