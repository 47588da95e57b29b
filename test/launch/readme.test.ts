import { useFakeWandb } from '../support/fake';

const { fake, api: makeApi } = useFakeWandb({ seed: 'demo' });

// The README's Launch jobs and registry members examples, against the fake.
it('runs the README jobs example', async () => {
  fake.seed.team({ name: 'my-team' });
  fake.seed.job({ entity: 'my-team', project: 'my-project', name: 'train', config: { lr: 0.1 } });
  fake.seed.runQueue({ entity: 'my-team', name: 'gpu' });
  const api = makeApi();
  const logged: unknown[][] = [];

  const versions = await api.listJobs('my-team', 'my-project');
  const job = await api.job(versions[0]!.qualifiedName);
  logged.push([job.sourceType, job.entrypoint, job.inputTypes]);
  const queued = await job.call({ lr: 0.01 }, { queue: 'gpu', entity: 'my-team' });
  logged.push([queued.id, queued.state]);

  expect(logged).toEqual([
    ['repo', ['python', 'train.py'], { wb_type: 'typedDict', params: { type_map: { lr: { wb_type: 'number' } } } }],
    [expect.any(String), 'pending'],
  ]);
  expect([...fake.store.runQueues.values()].find((q) => q.name === 'gpu')?.items).toHaveLength(1);
});

it('runs the README registry members example', async () => {
  fake.seed.registry({ name: 'model', organization: 'my-org' });
  fake.seed.registryMember({ organization: 'my-org', registry: 'model', user: 'demo-user', role: 'admin' });
  fake.seed.team({ name: 'ml-team' });
  const api = makeApi();
  const logged: unknown[][] = [];

  const registry = await api.registry('model', { organization: 'my-org' });
  const team = await api.team('ml-team');
  await registry.addMembers([team]);
  await registry.updateMember(team, 'viewer');
  for (const m of await registry.members()) logged.push([m.kind === 'user' ? m.user.username : m.team.name, m.role]);

  expect(logged).toEqual([
    ['demo-user', 'admin'],
    ['ml-team', 'viewer'],
  ]);
});
