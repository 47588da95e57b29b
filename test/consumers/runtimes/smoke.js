// The one smoke test every runtime runs: list runs from the fake W&B over HTTP with the packed
// SDK. Where Node's built-ins are missing (browsers, workers), the features that need them must
// fail with the SDK's typed errors, naming what works instead.
import { Api, AuthenticationError, NotSupportedError } from 'wandb-api';

export async function smoke({ runtime, baseUrl, apiKey, nodeBuiltins }) {
  const api = new Api({ baseUrl, apiKey, env: {}, retryDelay: { base: 1, max: 10 } });
  const runs = await api.runs('demo-team/image-classifier', { perPage: 5 }).toArray();
  if (runs.length !== 12) throw new Error(`expected the 12 demo runs, got ${runs.length}`);
  const viewer = await api.viewer();
  const result = { runtime, runs: runs.length, viewer: viewer.username };
  if (!nodeBuiltins) {
    // No key: the SDK would read ~/.netrc, which needs the file system.
    const netrc = await new Api({ baseUrl, env: {} }).viewer().then(
      () => new Error('read a netrc without a file system'),
      (error) => error,
    );
    if (!(netrc instanceof AuthenticationError) || !(netrc.cause instanceof NotSupportedError) || !/apiKey/.test(netrc.cause.message))
      throw new Error(`netrc: expected an AuthenticationError caused by a NotSupportedError, got ${netrc}`);
    const scan = await api.runs('demo-team/image-classifier', { perPage: 1 }).toArray({ limit: 1 });
    const parquet = await scan[0]
      .scanHistory({ source: 'parquet' })
      .toArray()
      .then(
        () => new Error('scanned parquet history without a file system'),
        (error) => error,
      );
    if (!(parquet instanceof NotSupportedError) || !/runFile\.text\(\)/.test(parquet.message))
      throw new Error(`parquet history: expected a NotSupportedError naming the alternative, got ${parquet}`);
    // Downloads to disk load their own chunk first: it must load, then refuse with the same error.
    const artifact = await api.artifact('demo-team/image-classifier/cifar10-sample:v0');
    for (const [what, call] of [
      ['artifact.download()', () => artifact.download({ root: 'data' })],
      ['artifact.verify()', () => artifact.verify({ root: 'data' })],
      ['entry.download()', async () => (await artifact.getEntry('labels.json')).download({ root: 'data' })],
    ]) {
      const refused = await call().then(
        () => new Error(`${what} wrote files without a file system`),
        (error) => error,
      );
      if (!(refused instanceof NotSupportedError)) throw new Error(`${what}: expected a NotSupportedError, got ${refused}`);
    }
    result.nodeOnlyFeatures = 'NotSupportedError';
  }
  return result;
}
