/** Returned by `FakeWandbCore.handle` when the connection should be dropped without an answer. */
export const DROP: unique symbol = Symbol('drop the connection');

/** The fake's answer to one request. */
export type FakeAnswer = Response | typeof DROP;
