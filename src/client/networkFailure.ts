/**
 * How a failed request or a body that broke off is told: the error's own words, the innermost
 * cause's words when they say more ("fetch failed" and "terminated" say little), and the system
 * code. One wording for both transports and for every place a connection can fail.
 */

/** The first string `code` on the error or its causes (`ECONNREFUSED`, `UND_ERR_SOCKET`, ...). */
export function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** `message: inner message (CODE)`, each part only once. */
export function describeNetworkFailure(error: unknown): string {
  const code = errorCode(error);
  let message = error instanceof Error ? error.message : String(error);
  let inner: unknown = error;
  for (let depth = 0; depth < 4 && (inner as { cause?: unknown } | null)?.cause instanceof Error; depth++) inner = (inner as { cause: Error }).cause;
  if (inner !== error && inner instanceof Error && inner.message && !message.includes(inner.message)) message = `${message}: ${inner.message}`;
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
