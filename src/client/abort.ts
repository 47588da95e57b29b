/**
 * Abort listeners, one per signal.
 *
 * One `AbortSignal` often stands for many calls in flight: a batch the caller cancels together,
 * the files of an artifact download, the ranges of a history scan. A listener apiece would pile
 * up on the signal (Node warns past ten, "possible EventTarget memory leak"). Here the SDK puts
 * a single listener on each signal it watches, which calls every callback registered for it,
 * and takes that listener off again when the last callback is disposed of.
 */

interface Watch {
  readonly callbacks: Set<() => void>;
  readonly listener: () => void;
}

const watches = new WeakMap<AbortSignal, Watch>();

/**
 * Calls `callback` once when `signal` aborts; returns the function that stops watching (call it
 * when the work the callback would cancel is over). A signal that has already aborted does not
 * fire again, so callers check `signal.aborted` first, as with `addEventListener`.
 */
export function onAbort(signal: AbortSignal | undefined, callback: () => void): () => void {
  if (!signal || signal.aborted) return () => undefined;
  let watch = watches.get(signal);
  if (!watch) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      watches.delete(signal);
      const due = [...callbacks];
      callbacks.clear();
      let failure: { error: unknown } | undefined;
      for (const call of due) {
        try {
          call();
        } catch (error) {
          failure ??= { error };
        }
      }
      if (failure) throw failure.error;
    };
    watch = { callbacks, listener };
    watches.set(signal, watch);
    signal.addEventListener('abort', listener, { once: true });
  }
  // Each registration is its own entry, so one callback registered twice is disposed of singly.
  const entry = () => callback();
  watch.callbacks.add(entry);
  const current = watch;
  return () => {
    if (!current.callbacks.delete(entry) || current.callbacks.size > 0) return;
    if (watches.get(signal) === current) watches.delete(signal);
    signal.removeEventListener('abort', current.listener);
  };
}
