// The public API as a user's code types it, under each moduleResolution of the matrix.
import { Api, InvalidArgumentError, NotFoundError, type Run } from 'wandb-api';
import { createFakeWandb, type FaultTarget, type KnownOperationName } from 'wandb-api/testing';
import { mswHandlers } from 'wandb-api/testing/msw';

export async function names(api: Api): Promise<string[]> {
  const out: string[] = [];
  for await (const run of api.runs('team/project', { order: '-created_at' })) out.push(run.name);
  return out;
}

export function kit(): void {
  const fake = createFakeWandb({ seed: 'demo' });
  const handlers = mswHandlers(fake);
  const target: FaultTarget = 'Runs';
  const python: KnownOperationName = 'GetViewer';
  fake.failNext(target, { status: 503 });
  fake.failNext(python, { status: 503 });
  fake.failNext({ operation: 'Mine', custom: true }, { delayMs: 1 });
  // @ts-expect-error: a mistyped operation name is a type error
  fake.failNext('runs', { status: 503 });
  void handlers;
}

export function isMissing(error: unknown): error is NotFoundError | InvalidArgumentError {
  return error instanceof NotFoundError || error instanceof InvalidArgumentError;
}

export type { Run };
