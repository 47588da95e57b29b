import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');

/** Runs a Node CLI of the project's dependencies in `cwd`; resolves with its output whether or not it failed. */
async function cli(cwd: string, script: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules', script), ...args], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Replaces `from` (which must occur) in a file of the copy. */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}; pick another field for this test`);
  writeFileSync(path, text.replace(from, to));
}

// The fake's resolvers are typed from the SDL (generated/resolvers.ts). This copies the project,
// breaks two fields the fake serves, regenerates the resolver types the way `npm run codegen`
// does, and type-checks: the compiler must point at the resolvers of those fields.
describe('typed resolvers of the fake', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fake-typed-resolvers-'));
    for (const part of ['schema', 'src', 'generated', 'scripts', 'codegen.ts', 'tsconfig.json', '.prettierrc.json'])
      cpSync(join(root, part), join(dir, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // Only the resolver types are regenerated: the operations' types stay as they are.
    writeFileSync(
      join(dir, 'codegen.resolvers.ts'),
      [
        "import config from './codegen';",
        'const generates = config.generates as Record<string, unknown>;',
        "const resolvers = Object.keys(generates).find((file) => file.endsWith('/resolvers.ts')) as string;",
        "export default { schema: config.schema, generates: { 'generated/resolvers.ts': generates[resolvers] } };",
        '',
      ].join('\n'),
    );
    const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')) as { include: string[] };
    // The fake and what it imports: enough to see where its resolvers break, and quicker than the whole project.
    tsconfig.include = ['src/testing'];
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails to compile where the fake serves a field removed from the schema, or one whose type changed', async () => {
    // Removed: Run.historyKeys, which the runs area serves.
    edit(dir, 'schema/runs.graphql', '  historyKeys(format: HistoryKeysFormat): JSON\n', '');
    // Retyped: Run.historyLineCount, whose resolver returns a number.
    edit(dir, 'schema/runs.graphql', '  historyLineCount: Int\n', '  historyLineCount: Boolean\n');

    const codegen = await cli(dir, '@graphql-codegen/cli/cjs/bin.js', ['--config', 'codegen.resolvers.ts']);
    expect(codegen).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'generated/resolvers.ts'), 'utf8')).not.toMatch(/\bhistoryKeys\?:/);

    const tsc = await cli(dir, 'typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
    expect(tsc.code).not.toBe(0);
    const errors = tsc.output.split('\n').filter((line) => /error TS\d+/.test(line));
    // Each broken field fails at its resolver in the runs area, and nowhere else.
    expect(errors.every((line) => line.startsWith('src/testing/runs/resolvers.ts('))).toBe(true);
    const lines = readFileSync(join(dir, 'src/testing/runs/resolvers.ts'), 'utf8').split('\n');
    const failing = errors.map((line) => lines[Number(/\((\d+),/.exec(line)?.[1]) - 1]?.trim() ?? '');
    expect(failing.some((line) => line.startsWith('historyKeys:'))).toBe(true);
    expect(failing.some((line) => line.startsWith('historyLineCount:'))).toBe(true);
  }, 180_000);
});
