/** A `~/.netrc` machine entry. */
export interface NetrcEntry {
  machine: string;
  login?: string;
  password?: string;
}

/**
 * Parses `.netrc` text into its machine entries (`default` becomes machine `""`). Tokens are
 * separated by any white space; `macdef` bodies are skipped up to the next blank line.
 */
export function parseNetrc(text: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  const lines = text.split(/\r?\n/);
  let current: NetrcEntry | undefined;
  let inMacro = false;
  const tokens: string[] = [];
  for (const line of lines) {
    if (inMacro) {
      if (line.trim() === '') inMacro = false;
      continue;
    }
    const lineTokens = line.trim().split(/\s+/).filter(Boolean);
    const macro = lineTokens.indexOf('macdef');
    if (macro >= 0) {
      tokens.push(...lineTokens.slice(0, macro));
      inMacro = true;
      continue;
    }
    tokens.push(...lineTokens);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'machine') {
      current = { machine: tokens[++i] ?? '' };
      entries.push(current);
    } else if (token === 'default') {
      current = { machine: '' };
      entries.push(current);
    } else if (current && (token === 'login' || token === 'password' || token === 'account')) {
      const value = tokens[++i];
      if (value !== undefined && token !== 'account') current[token] = value;
    }
  }
  return entries;
}

/**
 * The password of the entry for `host` (with port, as `wandb login` writes it), else for the
 * host name without port, else the `default` entry.
 */
export function netrcPasswordFor(entries: readonly NetrcEntry[], baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  const candidates = [url.host, url.hostname, ''];
  for (const machine of candidates) {
    const entry = entries.find((e) => e.machine === machine && e.password);
    if (entry?.password) return entry.password;
  }
  return undefined;
}

/** Reads the netrc file (`NETRC` or `~/.netrc`), or `undefined` when there is none. */
export async function readNetrcFile(path?: string): Promise<{ path: string; entries: NetrcEntry[] } | undefined> {
  const [{ readFile }, os, nodePath] = await Promise.all([
    import('node:fs/promises'),
    import('node:os'),
    import('node:path'),
  ]);
  const file = path ?? nodePath.join(os.homedir(), '.netrc');
  try {
    return { path: file, entries: parseNetrc(await readFile(file, 'utf8')) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
