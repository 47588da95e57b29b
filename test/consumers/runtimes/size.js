// What listing runs costs a web page: the SDK bundled for browsers with only `api.runs()` used.
import { Api } from 'wandb-api';

export function listRuns(path) {
  return new Api().runs(path).toArray();
}
