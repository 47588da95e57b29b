import { Presets, SingleBar } from 'cli-progress';

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
  return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
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
  let totalCount: number | undefined;
  const payload = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = withBytes ? `${formatBytes(bytes / seconds)}/s` : `${(items / seconds).toFixed(1)} ${unit}/s`;
    const left = totalCount === undefined ? undefined : ((totalCount - items) * seconds) / Math.max(items, 1e-9);
    const timeLeft = left === undefined || !Number.isFinite(left) || items === 0 ? '?' : `${Math.ceil(left)}s`;
    return { unit, bytes: withBytes ? ` | ${formatBytes(bytes)}` : '', rate, timeLeft, of: totalCount === undefined ? '?' : String(totalCount) };
  };
  const bar = new SingleBar(
    {
      stream: target.stream,
      // Own tokens, not cli-progress's {eta}: its estimate is shown before there is anything to base it on.
      format: '{bar} {value}/{of} {unit}{bytes} | {rate} | ETA {timeLeft}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    Presets.shades_classic,
  );
  let running = false;
  const render = () => {
    if (!running) {
      bar.start(Math.max(totalCount ?? 0, items, 1), items, payload());
      running = true;
    } else {
      bar.setTotal(Math.max(totalCount ?? 0, items, 1));
      bar.update(items, payload());
    }
  };
  return {
    visible: true,
    total: (count) => {
      totalCount = count;
      render();
    },
    add: (n, b = 0) => {
      items += n;
      bytes += b;
      if (totalCount !== undefined && items > totalCount) totalCount = items;
      render();
    },
    set: (n, b = 0) => {
      items = n;
      bytes = b;
      if (totalCount !== undefined && items > totalCount) totalCount = items;
      render();
    },
    stop: () => {
      if (!running) return;
      bar.update(items, payload());
      bar.stop();
    },
  };
}
