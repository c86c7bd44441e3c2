import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalityLegal } from './municipality-legal';
import { MunicipalityMap } from './municipality-map';

export interface SettingsChange {
  name?: string;
  primaryColor?: string;
  /** A new logo, or null to remove it; undefined leaves it. */
  logo?: { png: Buffer; sha256: string } | null;
  legal?: MunicipalityLegal;
  /** New map settings, or null for the platform's default; undefined leaves them. */
  map?: MunicipalityMap | null;
}

/** SQL of the commune's own settings (one row: the commune this deployment serves). */
@Injectable()
export class MunicipalitySettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async update(manager: EntityManager, id: string, change: SettingsChange): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    const set = (column: string, value: unknown): void => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (change.name !== undefined) set('name', change.name);
    if (change.primaryColor !== undefined) set('primary_color', change.primaryColor.toLowerCase());
    if (change.logo !== undefined) {
      set('logo_png', change.logo?.png ?? null);
      set('logo_sha256', change.logo?.sha256 ?? null);
    }
    if (change.legal !== undefined) set('legal', JSON.stringify(change.legal));
    if (change.map !== undefined) set('map', change.map === null ? null : JSON.stringify(change.map));
    if (sets.length > 0) await manager.query(`UPDATE municipalities SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  /** The logo's bytes, when this hash is the current logo's. */
  async logo(sha256: string): Promise<Buffer | null> {
    const [row] = await this.dataSource.query<{ png: Buffer }[]>(
      `SELECT logo_png AS png FROM municipalities WHERE logo_sha256 = $1 AND logo_png IS NOT NULL LIMIT 1`,
      [sha256],
    );
    return row?.png ?? null;
  }
}
