import { SingleBar } from 'cli-progress';

/** Progress of long work: counts, bytes and a rate on a terminal; nothing elsewhere. */
export interface Progress {
  /** Whether anything is shown (work done only for the bar, such as counting, can be skipped when not). */
  readonly visible: boolean;
  /** Sets the total, once known. */
  total(count: number): void;
  /** Adds finished items and bytes. */
  add(items: number, bytes?: number): void;
  /** Sets the absolute counts (for callers that report totals so far). */
  set(items: number, bytes?: number): void;
  stop(): void;
}

/** Where progress goes and whether it is shown. */
export interface ProgressTarget {
  readonly stream: NodeJS.WriteStream;
  readonly quiet: boolean;
}

/** Byte counts as people read them: `1.5 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const silent: Progress = { visible: false, total: () => undefined, add: () => undefined, set: () => undefined, stop: () => undefined };

/**
 * A progress bar on `target.stream` when it is a terminal and `--quiet` was not given, else one
 * that prints nothing. `unit` names what is counted (`runs`, `files`).
 */
export function progressBar(target: ProgressTarget, unit: string, withBytes: boolean): Progress {
  if (target.quiet || !target.stream.isTTY) return silent;
  const started = Date.now();
  let items = 0;
  let bytes = 0;
  let totalCount = 0;
  const payload = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = withBytes ? `${formatBytes(bytes / seconds)}/s` : `${(items / seconds).toFixed(1)} ${unit}/s`;
    return { unit, bytes: withBytes ? ` | ${formatBytes(bytes)}` : '', rate };
  };
  const bar = new SingleBar({
    stream: target.stream,
    format: '{bar} {value}/{total} {unit}{bytes} | {rate} | ETA {eta_formatted}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    fps: 10,
  });
  bar.start(0, 0, payload());
  return {
    visible: true,
    total: (count) => {
      totalCount = count;
      bar.setTotal(count);
      bar.update(items, payload());
    },
    add: (n, b = 0) => {
      items += n;
      bytes += b;
      if (items > totalCount) bar.setTotal((totalCount = items));
      bar.update(items, payload());
    },
    set: (n, b = 0) => {
      items = n;
      bytes = b;
      if (items > totalCount) bar.setTotal((totalCount = items));
      bar.update(items, payload());
    },
    stop: () => {
      bar.update(items, payload());
      bar.stop();
    },
  };
}
