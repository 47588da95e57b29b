// The testing kit without msw installed (the check moves it aside): its declarations must still
// type-check, `skipLibCheck: false`, for code that does not use the MSW handlers.
import { Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';

export async function viewerOfFake(): Promise<string | undefined> {
  const fake = createFakeWandb({ seed: 'demo' });
  const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {} });
  return (await api.viewer()).username;
}
