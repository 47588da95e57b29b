import { abortErrorFrom } from './retry';
import { onAbort } from './abort';

/** A first-come, first-served cap on concurrent work. */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly capacity: number) {}

  /** Requests in flight now. */
  get inFlight(): number {
    return this.active;
  }

  /** Waits for a slot; resolves to the function that gives it back (call it exactly once). */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) throw abortErrorFrom(signal);
    if (this.active < this.capacity) {
      this.active++;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        stopWatching();
        resolve();
      };
      this.waiting.push(grant);
      const stopWatching = onAbort(signal, () => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(abortErrorFrom(signal as AbortSignal));
      });
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` stays the same.
      if (next) next();
      else this.active--;
    };
  }
}
