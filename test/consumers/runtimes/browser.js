// A web page: the package's `browser` build, bundled for browsers, calling the fake W&B on its
// own origin (CORS) and reporting back to the page's server.
import { smoke } from './smoke.js';

const params = new URLSearchParams(location.search);
smoke({
  runtime: navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'browser',
  baseUrl: params.get('api'),
  apiKey: params.get('key'),
  nodeBuiltins: false,
})
  .then(
    (result) => ({ ok: true, result }),
    (error) => ({ ok: false, error: String(error?.stack ?? error) }),
  )
  .then((report) => fetch('/_report', { method: 'POST', body: JSON.stringify(report) }));
