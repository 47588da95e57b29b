/** Collects unhandled rejections while a test file runs; `take()` returns and clears them. */
export function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  beforeAll(() => process.on('unhandledRejection', listener));
  afterAll(() => process.off('unhandledRejection', listener));
  return {
    take(): unknown[] {
      return seen.splice(0);
    },
  };
}

/** Waits for a promise, failing with a clear message if it has not settled within `ms`. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Settles a promise into `{ value }` or `{ error }`. */
export async function settle<T>(promise: Promise<T>): Promise<{ value: T; error?: undefined } | { value?: undefined; error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

/** The rejection of a promise, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
