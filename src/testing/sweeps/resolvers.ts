import type { Resolvers } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { linked, requireWrite } from '../access';
import { connection, type ConnectionArgs } from '../connection';
import type { AgentRecord, SweepRecord } from './records';
import type { FakeContext } from '../schema';
import { unbase64 } from '../ids';
import type { RunRecord } from '../runs/records';
import { requireSupported, parseJsonObjectArg } from '../unsupported';
import { newRun, sortRuns } from '../runs/resolvers';

const key = (...parts: string[]) => parts.join('/');

/** The sweeps of a project, in creation order. */
export function sweepsOf(ctx: Pick<FakeContext, 'store'>, entity: string, project: string): SweepRecord[] {
  return [...ctx.store.sweeps.values()].filter((s) => s.entity === entity && s.project === project);
}

/** The runs that belong to a sweep (by their `sweepName`). */
export function sweepRuns(ctx: Pick<FakeContext, 'store'>, sweep: SweepRecord): RunRecord[] {
  return ctx.store.runsOf(sweep.entity, sweep.project).filter((r) => r.sweepName === sweep.name);
}

function agentsOf(ctx: FakeContext, sweep: SweepRecord): AgentRecord[] {
  return [...ctx.store.agents.values()].filter((a) => a.entity === sweep.entity && a.project === sweep.project && a.sweep === sweep.name);
}

function sweepByNodeId(ctx: FakeContext, id: string): SweepRecord | undefined {
  const match = /^Sweep:v1:([^:]+):([^:]+):([^:]+)$/.exec(unbase64(id) ?? '');
  return match ? ctx.store.sweeps.get(key(match[3] as string, match[2] as string, match[1] as string)) : undefined;
}

/** Sweep run configs arrive as `{ key: { value } }` (or plain values); the store keeps `{ value, desc }`. */
function storedConfig(config: Record<string, unknown>): RunRecord['config'] {
  const out: RunRecord['config'] = {};
  for (const [name, entry] of Object.entries(config)) {
    const wrapped = entry !== null && typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry;
    out[name] = { value: wrapped ? (entry as { value: unknown }).value : entry, desc: null };
  }
  return out;
}

function runConnection(runs: RunRecord[], args: ConnectionArgs & { order?: string | null }) {
  return connection(sortRuns(runs, args.order), args, (r) => r.name);
}

/** Sweeps of a project, their runs (by `sweepName`) and agents; the local scheduler's enqueue. */
export const sweepResolvers: Resolvers = {
  Run: {
    sweep: (run, _args, ctx) => (run.sweepName ? (ctx.store.sweeps.get(key(run.entity, run.project, run.sweepName)) ?? null) : null),
  },
  Project: {
    sweep: (project, args, ctx) => {
      requireSupported(ctx, 'Project.sweep');
      return ctx.store.sweeps.get(key(project.entity, project.name, args.sweepName)) ?? null;
    },
    sweeps: (project, args, ctx) => {
      const filters = parseJsonObjectArg(args.filters, 'filters');
      if (filters && Object.keys(filters).length) throw new GraphQLError('this fake does not filter sweeps');
      return connection(sweepsOf(ctx, project.entity, project.name), args, (s) => s.name);
    },
    totalSweeps: (project, _args, ctx) => sweepsOf(ctx, project.entity, project.name).length,
  },
  Sweep: {
    agent: (sweep, args, ctx) => ctx.store.agents.get(key(sweep.entity, sweep.project, sweep.name, args.agentName)) ?? null,
    agents: (sweep, _args, ctx) => connection(agentsOf(ctx, sweep), { first: 10_000 }, (a) => a.name),
    controller: () => null,
    earlyStopJobRunning: () => false,
    project: (sweep, _args, ctx) => ctx.store.project(sweep.entity, sweep.project) ?? null,
    runCount: (sweep, _args, ctx) => sweepRuns(ctx, sweep).length,
    runTime: () => 0,
    runs: (sweep, args, ctx) => runConnection(sweepRuns(ctx, sweep), args),
    scheduler: () => null,
    user: (sweep, _args, ctx) => (sweep.user ? (ctx.store.users.get(sweep.user) ?? null) : null),
  },
  Agent: {
    metrics: (agent) => JSON.stringify(agent.metrics),
    runs: (agent, args, ctx) =>
      runConnection(
        agent.runs.flatMap((name) => ctx.store.run(agent.entity, agent.project, name) ?? []),
        args,
      ),
    sweep: (agent, _args, ctx) => linked(ctx.store.sweeps.get(key(agent.entity, agent.project, agent.sweep)), `sweep ${agent.sweep}`),
    totalRuns: (agent) => agent.runs.length,
    user: (agent, _args, ctx) => (agent.user ? (ctx.store.users.get(agent.user) ?? null) : null),
  },
  Mutation: {
    enqueueSweepRun: (_root, { input }, ctx) => {
      // Servers without the local sweep scheduler lack this mutation altogether.
      if (!ctx.features.has('SWEEPS_LOCAL_SCHEDULER')) throw new GraphQLError('Cannot query field "enqueueSweepRun" on type "Mutation".');
      const sweep = sweepByNodeId(ctx, input.id);
      if (!sweep) throw new GraphQLError(`sweep ${input.id} not found`);
      requireWrite(ctx, sweep.entity);
      if (sweep.state !== 'RUNNING' && sweep.state !== 'PENDING') throw new GraphQLError(`sweep ${sweep.name} is ${sweep.state}, not running`);
      const config = parseJsonObjectArg(input.config, 'config') ?? {};
      const name = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
      const run = newRun(ctx, {
        entity: sweep.entity,
        project: sweep.project,
        name,
        displayName: input.displayName ?? name,
        state: 'pending',
        config: storedConfig(config),
        sweepName: sweep.name,
        user: ctx.viewer.username,
      });
      return { id: run.id, runQueueItemId: null, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
