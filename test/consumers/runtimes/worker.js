// A Cloudflare Worker: the package's `workerd` build, bundled as wrangler would.
import { smoke } from './smoke.js';

export default {
  async fetch(_request, env) {
    try {
      return Response.json(await smoke({ runtime: 'workerd', baseUrl: env.WANDB_BASE_URL, apiKey: env.WANDB_API_KEY, nodeBuiltins: false }));
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
