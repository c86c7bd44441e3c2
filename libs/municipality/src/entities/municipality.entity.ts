import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DEFAULT_PRIMARY_COLOR } from '../settings/colour-contrast';
import type { MunicipalityLegal } from '../settings/municipality-legal';
import type { MunicipalityMap } from '../settings/municipality-map';

@Entity('municipalities')
@Index('municipalities_insee_code_key', ['inseeCode'], { unique: true })
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Code officiel géographique of the commune (5 characters: 2A/2B for Corsica). */
  @Column({ type: 'char', length: 5 })
  inseeCode: string;

  /** SIREN of the town hall, the producer of the open data. */
  @Column({ type: 'char', length: 9 })
  siren: string;

  /** The website's main colour (links, buttons, header), checked for AA contrast against white. */
  @Column({ type: 'varchar', length: 7, default: DEFAULT_PRIMARY_COLOR })
  primaryColor: string;

  /** The logo, re-encoded as PNG by the platform (never the uploaded file itself). */
  @Column({ type: 'bytea', nullable: true, select: false })
  logoPng: Buffer | null;

  /** Hex SHA-256 of logoPng: its URL, so browsers may cache it for good. */
  @Column({ type: 'char', length: 64, nullable: true })
  logoSha256: string | null;

  /** Legal notice, personal data contact and accessibility statement; null until the town hall fills them in. */
  @Column({ type: 'jsonb', nullable: true })
  legal: MunicipalityLegal | null;

  /** The background map of the website's maps; null: the platform's default (MAP_TILE_URL). */
  @Column({ type: 'jsonb', nullable: true })
  map: MunicipalityMap | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
