import { SYSTEM_ACTOR } from '@quorum/audit';
import { ApiKeyService, CategoryService, DEMO_CATEGORIES } from '@quorum/reports';
import { SeededMunicipality, seedToulouse } from './municipality.factory';
import { TestApi } from './test-api';

/** The demo categories (pothole has a required singlevaluelist, a number and a multivaluelist). */
export async function seedReportCategories(api: TestApi): Promise<void> {
  const categories = api.app.get(CategoryService);
  for (const category of DEMO_CATEGORIES) await categories.upsert(category, SYSTEM_ACTOR);
}

/** Toulouse with its districts and the demo report categories: what reports need to be submitted. */
export async function seedCommune(api: TestApi): Promise<SeededMunicipality> {
  const municipality = await seedToulouse(api);
  await seedReportCategories(api);
  return municipality;
}

export async function createOpen311Key(api: TestApi, name = 'test client'): Promise<string> {
  return (await api.app.get(ApiKeyService).create(name)).key;
}

/** Near the Capitole, in the Centre district. */
export const CAPITOLE = { latitude: 43.6045, longitude: 1.4442 };

export const SUBMIT_REPORT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;

/** A pothole report's input at the Capitole, its required attributes answered; `extra` adds fields or overrides them. */
export function potholeReport(extra: Record<string, unknown> = {}) {
  return {
    categoryCode: 'pothole',
    description: 'Nid-de-poule devant le Capitole',
    ...CAPITOLE,
    attributes: { size: 'large', depth_cm: 12 },
    ...extra,
  };
}

/** A point `meters` north of another. */
export function north(point: { latitude: number; longitude: number }, meters: number) {
  return { latitude: point.latitude + meters / 111_195, longitude: point.longitude };
}
