import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Reads this database's identity (the `installation` row its first migration
 * drew; never written afterwards): null when the row is missing, as after a
 * restore that failed before it.
 */
@Injectable()
export class InstallationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async id(): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM installation');
    return rows[0]?.id ?? null;
  }
}
