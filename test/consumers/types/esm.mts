// The same from an ES module file: types come from the .d.mts files of the `import` condition.
import { Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';

const fake = createFakeWandb();
export const api: Api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {} });
