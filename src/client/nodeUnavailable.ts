import { NotSupportedError } from './errors';

/**
 * What a Node built-in module stands for in the browser build of the SDK (the package's `browser`
 * and `workerd` exports): the features that need one (files on disk, `~/.netrc`, downloads to a
 * folder, parquet history) fail with a typed error that names what works instead.
 */
export function nodeUnavailable(moduleName: string): never {
  throw new NotSupportedError(
    `${moduleName} is not available in this runtime (a browser or a worker): files on disk, ~/.netrc, downloads to a folder ` +
      'and parquet history need Node, Bun or Deno. Here, pass apiKey to new Api(), read run files in memory with ' +
      'await runFile.text(), and scan history without source: "parquet".',
  );
}
