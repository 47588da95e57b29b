/**
 * Example user code: the function under test in bestRun.test.ts. It picks the finished run of a
 * project with the best value of a summary metric.
 */
import type { Api, Run } from 'wandb-api';

/** Options of {@link bestRun}. */
export interface BestRunOptions {
  /** Whether higher (`maximize`) or lower (`minimize`) values are better. @defaultValue `'maximize'` */
  goal?: 'maximize' | 'minimize';
}

/**
 * The finished run of `path` (`entity/project`) with the best `metric` in its summary, loaded in
 * full, or `undefined` when no finished run has the metric.
 *
 * @example
 * ```ts
 * const best = await bestRun(new Api(), 'lab/mnist', 'accuracy');
 * console.log(best?.name, best?.summary.accuracy, best?.config.lr);
 * ```
 */
export async function bestRun(api: Api, path: string, metric: string, options: BestRunOptions = {}): Promise<Run | undefined> {
  const sign = options.goal === 'minimize' ? '+' : '-';
  // The server sorts by the metric; runs without it come last, so the first finished one wins.
  for await (const run of api.runs(path, { order: `${sign}summary_metrics.${metric}`, perPage: 50 })) {
    if (run.state !== 'finished') continue;
    const full = await api.run(`${path}/${run.name}`);
    return typeof full.summary[metric] === 'number' ? full : undefined;
  }
  return undefined;
}
