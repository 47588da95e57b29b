/** A `~/.netrc` machine entry. */
export interface NetrcEntry {
  machine: string;
  login?: string;
  password?: string;
}

/** The tokens of one line: white-space separated, `"..."` and `'...'` quoted as in sh (as `wandb login` writes them). */
function lineTokens(line: string): string[] {
  const tokens: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match[1] !== undefined) tokens.push(match[1].replace(/\\(.)/g, '$1'));
    else tokens.push(match[2] ?? match[3] ?? '');
  }
  return tokens;
}

/**
 * Parses `.netrc` text into its machine entries (`default` becomes machine `""`). Tokens are
 * separated by any white space and may be quoted; a `#` where a keyword is expected starts a
 * comment to the end of the line (so a commented-out entry is not read); `macdef` bodies are
 * skipped up to the next blank line.
 */
export function parseNetrc(text: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  let current: NetrcEntry | undefined;
  let inMacro = false;
  // Set when a keyword's value continues on the next line.
  let pending: 'machine' | 'login' | 'password' | 'account' | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (inMacro) {
      if (line.trim() === '') inMacro = false;
      continue;
    }
    const tokens = lineTokens(line);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (pending) {
        if (pending === 'machine') entries.push((current = { machine: token }));
        else if (current && pending !== 'account') current[pending] = token;
        pending = undefined;
        continue;
      }
      if (token.startsWith('#')) break;
      if (token === 'machine' || token === 'login' || token === 'password' || token === 'account') {
        pending = token;
      } else if (token === 'default') {
        entries.push((current = { machine: '' }));
      } else if (token === 'macdef') {
        inMacro = true;
        break;
      }
    }
  }
  return entries;
}

/**
 * The password of the entry for `host` (with port, as `wandb login` writes it), else for the
 * host name without port, else the `default` entry. When a machine is listed twice the later
 * entry counts, as in Python's `netrc` module.
 */
export function netrcPasswordFor(entries: readonly NetrcEntry[], baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  const candidates = [url.host, url.hostname, ''];
  for (const machine of candidates) {
    const entry = entries.findLast((e) => e.machine === machine && e.password);
    if (entry?.password) return entry.password;
  }
  return undefined;
}

/**
 * Reads the netrc file: `path` (a leading `~` is the home folder), else `~/.netrc`, else
 * `~/_netrc` (the name on Windows); `undefined` when there is none.
 * @param homeDir the home folder @defaultValue the user's, from the operating system
 */
export async function readNetrcFile(path?: string, homeDir?: string): Promise<{ path: string; entries: NetrcEntry[] } | undefined> {
  const [{ readFile }, os, nodePath] = await Promise.all([import('node:fs/promises'), import('node:os'), import('node:path')]);
  const home = homeDir ?? os.homedir();
  const candidates =
    path !== undefined
      ? [path === '~' || path.startsWith('~/') || path.startsWith('~\\') ? nodePath.join(home, path.slice(1)) : path]
      : [nodePath.join(home, '.netrc'), nodePath.join(home, '_netrc')];
  for (const file of candidates) {
    try {
      return { path: file, entries: parseNetrc(await readFile(file, 'utf8')) };
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      if (error.code === 'ENOENT') continue;
      // Errors of node:fs may come from another realm, so their message is read, not tested with instanceof.
      throw new Error(`${file}: ${typeof error.message === 'string' ? error.message : String(e)}`, { cause: e });
    }
  }
  return undefined;
}
