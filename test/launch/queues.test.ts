import { AbortError, InvalidArgumentError, RunQueue } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

describe('api.runQueues()', () => {
  it("lists the entity's Launch queues, with their metadata, in one request", async () => {
    fake.seed.entity({ name: 'team', admins: ['demo-user'] });
    const gpus = fake.seed.runQueue({ entity: 'team', name: 'gpus', resource: 'kubernetes', prioritizationMode: 'V0' });
    fake.seed.runQueue({ entity: 'team', name: 'cpus', resource: 'local-container' });
    fake.seed.runQueue({ name: 'elsewhere' });
    const queues = await api().runQueues('team').toArray();
    expect(queues.every((q) => q instanceof RunQueue)).toBe(true);
    expect(queues.map((q) => q.name).sort()).toEqual(['cpus', 'gpus']);
    expect(queues.find((q) => q.name === 'gpus')).toMatchObject({ id: gpus.id, entity: 'team', project: 'model-registry', prioritizationMode: 'V0' });
    expect(fake.operations()).toEqual(['ProjectRunQueues']);
  });

  it('uses the default entity when none is given', async () => {
    fake.seed.runQueue({ name: 'mine' });
    expect((await api().runQueues().toArray()).map((q) => [q.entity, q.name])).toEqual([['demo-user', 'mine']]);
  });

  it('is empty for an entity without a Launch project', async () => {
    fake.seed.entity({ name: 'quiet' });
    expect(await api().runQueues('quiet').toArray()).toEqual([]);
  });

  it('refuses a bad entity before sending anything, and honours an aborted signal', async () => {
    expect(() => api().runQueues('a/b')).toThrow(InvalidArgumentError);
    const controller = new AbortController();
    controller.abort();
    expect(await rejectionOf(api().runQueues('team', { signal: controller.signal }).toArray())).toBeInstanceOf(AbortError);
    expect(fake.requests).toEqual([]);
  });
});
