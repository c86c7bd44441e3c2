import { SYSTEM_ACTOR } from '@quorum/audit';
import { TOULOUSE } from '@quorum/municipality';
import { ApiKeyService, CategoryService, DEMO_CATEGORIES } from '@quorum/reports';
import { TestApi } from './test-api';

/** Toulouse and its six district boxes, as the demo seed creates them. */
export async function seedToulouse(api: TestApi): Promise<Map<string, string>> {
  const [municipality] = await api.db.query(
    `INSERT INTO municipalities (name, insee_code, siren) VALUES ($1, $2, $3) RETURNING id`,
    [TOULOUSE.name, TOULOUSE.inseeCode, TOULOUSE.siren],
  );
  const districts = new Map<string, string>();
  for (const district of TOULOUSE.districts) {
    const [row] = await api.db.query(
      'INSERT INTO districts (municipality_id, name, geometry) VALUES ($1, $2, $3) RETURNING id',
      [municipality.id, district.name, JSON.stringify(district.geometry)],
    );
    districts.set(district.name, row.id);
  }
  return districts;
}

/** The demo categories (pothole has a required singlevaluelist, a number and a multivaluelist). */
export async function seedReportCategories(api: TestApi): Promise<void> {
  const categories = api.app.get(CategoryService);
  for (const category of DEMO_CATEGORIES) await categories.upsert(category, SYSTEM_ACTOR);
}

export async function createOpen311Key(api: TestApi, name = 'test client'): Promise<string> {
  return (await api.app.get(ApiKeyService).create(name)).key;
}

/** Near the Capitole, in the Centre district. */
export const CAPITOLE = { latitude: 43.6045, longitude: 1.4442 };

/** A point `meters` north of another. */
export function north(point: { latitude: number; longitude: number }, meters: number) {
  return { latitude: point.latitude + meters / 111_195, longitude: point.longitude };
}
