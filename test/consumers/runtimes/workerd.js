// Runs worker.js in workerd through miniflare and prints what it answered.
import { Miniflare, Response } from 'miniflare';

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

const mf = new Miniflare({
  modules: true,
  scriptPath: 'dist/worker.js',
  compatibilityDate: '2025-09-01',
  bindings: { WANDB_BASE_URL: process.env.WANDB_BASE_URL, WANDB_API_KEY: process.env.WANDB_API_KEY },
  // The fake listens on the loopback interface, which workerd's own network refuses: its
  // requests go out through Node instead (the SDK still runs in workerd).
  outboundService: async (request) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    const headers = Object.fromEntries([...request.headers].filter(([name]) => !HOP_BY_HOP.has(name)));
    const answer = await fetch(request.url, { method: request.method, headers, body, redirect: 'manual' });
    const back = [...answer.headers].filter(([name]) => !HOP_BY_HOP.has(name) && name !== 'content-encoding');
    return new Response(await answer.arrayBuffer(), { status: answer.status, headers: back });
  },
});
try {
  const answer = await mf.dispatchFetch('http://worker.test/');
  const text = await answer.text();
  if (!answer.ok) throw new Error(`the worker failed: ${text}`);
  console.log(text);
} finally {
  await mf.dispose();
}
