import { ServerError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

describe('the default entity learnt from api.viewer()', () => {
  it('lets a call that needs the default entity follow viewer() without asking again: 2 requests to the first project', async () => {
    const client = api();
    const viewer = await client.viewer();
    const first = await client.projects().first();
    expect(first?.entity).toBe(viewer.entity);
    expect(fake.operations()).toEqual(['Viewer', 'Projects']);
    await expect(client.defaultEntity()).resolves.toBe('demo-user');
    expect(fake.operations()).toEqual(['Viewer', 'Projects']);
  });

  it('still asks the server on every viewer() call', async () => {
    const client = api();
    await client.defaultEntity();
    await client.viewer();
    await client.viewer();
    expect(fake.operations()).toEqual(['Viewer', 'Viewer', 'Viewer']);
  });

  it('keeps the entity setting over the viewer’s entity', async () => {
    const client = api({ entity: 'demo-team' });
    await client.viewer();
    await expect(client.defaultEntity()).resolves.toBe('demo-team');
  });

  it('asks again after a failed viewer lookup', async () => {
    const client = api({ retries: 0 });
    fake.failNext('Viewer', { status: 500 });
    expect(await rejectionOf(client.viewer())).toBeInstanceOf(ServerError);
    await expect(client.defaultEntity()).resolves.toBe('demo-user');
    expect(fake.operations()).toEqual(['Viewer', 'Viewer']);
  });
});
