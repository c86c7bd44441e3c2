import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MunicipalitySettingsService, TOULOUSE } from '@quorum/municipality';
import { DataSource } from 'typeorm';
import { DEMO_LEGAL, DEMO_LOGO_DATA_URL, DEMO_PRIMARY_COLOR } from './demo-municipality.content';

/** District ids by name. */
export type DemoDistricts = ReadonlyMap<string, string>;

/**
 * Toulouse and its six districts, in one transaction, then its colour, logo and legal texts. First of the demo
 * steps: census lines, proposals and reports (point in polygon) need the districts.
 */
@Injectable()
export class DemoTerritorySeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MunicipalitySettingsService,
  ) {}

  async seed(): Promise<{ created: boolean; districts: DemoDistricts }> {
    const created = await this.dataSource.transaction(async (manager) => {
      const [municipality] = await manager.query<{ id: string }[]>(
        `INSERT INTO municipalities (name, insee_code, siren) VALUES ($1, $2, $3)
         ON CONFLICT (insee_code) DO NOTHING RETURNING id`,
        [TOULOUSE.name, TOULOUSE.inseeCode, TOULOUSE.siren],
      );
      if (!municipality) return false;
      for (const district of TOULOUSE.districts) {
        await manager.query('INSERT INTO districts (municipality_id, name, geometry) VALUES ($1, $2, $3)', [
          municipality.id,
          district.name,
          JSON.stringify(district.geometry),
        ]);
      }
      return true;
    });
    // The website's look and legal pages, as an administrator would set them (recorded in the audit log).
    if (created)
      await this.settings.update(
        { primaryColor: DEMO_PRIMARY_COLOR, logo: DEMO_LOGO_DATA_URL, legal: DEMO_LEGAL },
        null,
      );
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT d.id, d.name FROM districts d JOIN municipalities m ON m.id = d.municipality_id WHERE m.insee_code = $1`,
      [TOULOUSE.inseeCode],
    );
    return { created, districts: new Map(rows.map((r) => [r.name, r.id])) };
  }
}
