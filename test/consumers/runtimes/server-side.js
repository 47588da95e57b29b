// Node 20 and 22, Bun and Deno: the package's Node build, with Node's built-ins available.
import { smoke } from './smoke.js';

const runtime =
  typeof Deno !== 'undefined' ? `deno ${Deno.version.deno}` : typeof Bun !== 'undefined' ? `bun ${Bun.version}` : `node ${process.version}`;
const result = await smoke({ runtime, baseUrl: process.env.WANDB_BASE_URL, apiKey: process.env.WANDB_API_KEY, nodeBuiltins: true });
console.log(JSON.stringify(result));
