import { MunicipalitySettingsService } from '@quorum/municipality';
import {
  DEMO_LEGAL,
  DEMO_LOGO_DATA_URL,
  DEMO_PRIMARY_COLOR,
} from '../../../apps/cli/src/seed/demo-municipality.content';
import { seedToulouse, SeededMunicipality } from '../../utils/municipality.factory';
import { startTestApi, TestApi, TestApiOptions } from '../../utils/test-api';

export interface WebApp {
  api: TestApi;
  municipality: SeededMunicipality;
  close(): Promise<void>;
}

/**
 * The API with its website on a database of its own, with Toulouse set up as
 * the demo seed sets it (colour, logo, legal texts).
 */
export async function startWebApp(env: Record<string, string> = {}, options: TestApiOptions = {}): Promise<WebApp> {
  const api = await startTestApi(env, options);
  const municipality = await seedToulouse(api);
  await api.app
    .get(MunicipalitySettingsService)
    .update({ primaryColor: DEMO_PRIMARY_COLOR, logo: DEMO_LOGO_DATA_URL, legal: DEMO_LEGAL }, null);
  return { api, municipality, close: () => api.close() };
}
