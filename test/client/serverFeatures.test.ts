import { AbortError, NotSupportedError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

const probes = () => fake.operations().filter((o) => o === 'ServerFeatures').length;

/** A registry (needs ARTIFACT_REGISTRY_SEARCH), a sweep (SWEEPS_LOCAL_SCHEDULER) and the demo team's automations. */
function seed(): void {
  fake.seed.registry({ name: 'model', organization: 'acme' });
  fake.seed.sweep({
    entity: 'demo-team',
    project: 'image-classifier',
    id: 'sw-features',
    config: { method: 'random', parameters: { lr: { values: [0.1] } } },
  });
  fake.features.add('SWEEPS_LOCAL_SCHEDULER');
}

describe('the server features probe', () => {
  it('is asked once per Api, whichever area needs a feature first', async () => {
    seed();
    const client = api();
    await client.registries().toArray();
    await client.automations({ entity: 'demo-team' }).toArray();
    const sweep = await client.sweep('demo-team/image-classifier/sw-features');
    await sweep.enqueueRun({ lr: 0.1 });
    await client.registry('model');
    expect(probes()).toBe(1);
    // Another Api asks again: the answer belongs to one client.
    await api().registries().toArray();
    expect(probes()).toBe(2);
  });

  it('shares one request among callers that ask at the same time', async () => {
    seed();
    fake.failNext('ServerFeatures', { delayMs: 50 });
    const client = api();
    const [registries, automations] = await Promise.all([client.registries().toArray(), client.automations({ entity: 'demo-team' }).toArray()]);
    expect(registries.map((r) => r.name)).toEqual(['model']);
    expect(automations).toEqual([]);
    expect(probes()).toBe(1);
  });

  it('does not remember a failed probe: the next call asks again', async () => {
    seed();
    fake.failNext('ServerFeatures', { status: 400, body: JSON.stringify({ errors: [{ message: 'the server is confused' }] }) });
    const client = api();
    const error = await rejectionOf(client.registries().toArray());
    expect(error).not.toBeInstanceOf(NotSupportedError);
    expect((await client.registries().toArray()).map((r) => r.name)).toEqual(['model']);
    expect(probes()).toBe(2);
  });

  it('lets one caller give up without failing the others that wait on the same request', async () => {
    seed();
    fake.failNext('ServerFeatures', { delayMs: 100 });
    const client = api();
    const controller = new AbortController();
    const impatient = rejectionOf(client.registries({ signal: controller.signal }).toArray());
    const patient = client.automations({ entity: 'demo-team' }).toArray();
    setTimeout(() => controller.abort(), 10);
    expect(await impatient).toBeInstanceOf(AbortError);
    await expect(patient).resolves.toEqual([]);
    expect(probes()).toBe(1);
  });

  it('tells each area what the server lacks', async () => {
    seed();
    fake.features.clear();
    const client = api();
    expect(await rejectionOf(client.registry('model'))).toBeInstanceOf(NotSupportedError);
    const sweep = await client.sweep('demo-team/image-classifier/sw-features');
    expect(await rejectionOf(sweep.enqueueRun({ lr: 0.1 }))).toBeInstanceOf(NotSupportedError);
    fake.seed.automation({ name: 'on-loss', scope: { project: 'image-classifier', entity: 'demo-team' } });
    // Without QUERY_AUTOMATIONS_ON_ENTITY the automations are found project by project.
    expect((await client.automations({ entity: 'demo-team' }).toArray()).map((a) => a.name)).toEqual(['on-loss']);
    expect(fake.operations()).toContain('EntityAutomationsLegacy');
    expect(probes()).toBe(1);
  });
});
