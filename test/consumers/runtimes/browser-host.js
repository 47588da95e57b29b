// Serves the page and its bundle on an origin of its own and runs headless Chromium on it until
// the page reports. The page calls the fake W&B on the fake's origin: CORS is part of the test.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const page = '<!doctype html><meta charset="utf-8"><title>wandb-api</title><script type="module" src="/bundle.js"></script>';
let report;
const reported = new Promise((resolve) => (report = resolve));
const server = createServer(async (req, res) => {
  const body = await new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
  });
  if (req.url.startsWith('/?') || req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (req.url === '/bundle.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/browser.js'));
  if (req.url === '/_report') return (res.writeHead(204).end(), report(JSON.parse(body.toString())));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// The fake answers on 127.0.0.1; the page is served from localhost, another origin.
const query = new URLSearchParams({ api: process.env.WANDB_BASE_URL, key: process.env.WANDB_API_KEY });
const url = `http://localhost:${server.address().port}/?${query}`;
const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
const browser = spawn(
  process.env.CHROMIUM ?? 'chromium',
  ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--user-data-dir=${profile}`, url],
  // Its own process group, so that the helpers Chromium starts are stopped with it.
  { stdio: 'ignore', detached: true },
);
const timeout = setTimeout(() => report({ ok: false, error: 'the page did not report within 60 s' }), 60_000);
const outcome = await reported;
clearTimeout(timeout);
const exited = new Promise((resolve) => browser.once('exit', resolve));
try {
  process.kill(-browser.pid, 'SIGTERM');
} catch {
  browser.kill();
}
await exited;
server.close();
// A helper may still be writing to the profile for a moment: retry, and leave it to the system's
// temporary folder cleanup rather than fail a check it is not part of.
try {
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
} catch (error) {
  console.error(`left ${profile}: ${error.message}`);
}
if (!outcome.ok) {
  console.error(outcome.error);
  process.exit(1);
}
console.log(JSON.stringify(outcome.result));
