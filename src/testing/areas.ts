import { artifactsArea } from './artifacts';
import { automationsArea } from './automations';
import { chartsArea } from './charts';
import { integrationsArea } from './integrations';
import { jobsArea } from './jobs';
import { launchArea } from './launch';
import { projectsArea } from './projects';
import { registriesArea } from './registries';
import { reportsArea } from './reports';
import { runsArea } from './runs';
import { serverInfoArea } from './serverInfo';
import { sweepsArea } from './sweeps';
import { teamsArea } from './teams';
import { usersArea } from './users';

/**
 * The areas of the fake, one line each. The store's tables, `fake.seed`'s builders, the schema's
 * resolvers and the HTTP routes are all taken from this list.
 */
export const AREAS = {
  serverInfo: serverInfoArea,
  users: usersArea,
  teams: teamsArea,
  projects: projectsArea,
  runs: runsArea,
  artifacts: artifactsArea,
  registries: registriesArea,
  integrations: integrationsArea,
  automations: automationsArea,
  sweeps: sweepsArea,
  reports: reportsArea,
  launch: launchArea,
  jobs: jobsArea,
  charts: chartsArea,
} as const;
