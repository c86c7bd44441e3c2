import { TOULOUSE } from '@quorum/municipality';
import { TestApi } from './test-api';

export interface SeededMunicipality {
  id: string;
  districts: { id: string; name: string }[];
}

/** The demo commune and its district polygons, as the demo seed creates them. */
export async function seedToulouse(api: TestApi): Promise<SeededMunicipality> {
  const [{ id }] = await api.db.query(
    `INSERT INTO municipalities (name, insee_code, siren) VALUES ($1, $2, $3) RETURNING id`,
    [TOULOUSE.name, TOULOUSE.inseeCode, TOULOUSE.siren],
  );
  const districts: { id: string; name: string }[] = [];
  for (const district of TOULOUSE.districts) {
    const [row] = await api.db.query(
      `INSERT INTO districts (municipality_id, name, geometry) VALUES ($1, $2, $3) RETURNING id, name`,
      [id, district.name, JSON.stringify(district.geometry)],
    );
    districts.push(row);
  }
  return { id, districts };
}
