import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

export interface GeoJsonPolygon {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

@Entity('districts')
@Index('districts_municipality_id_name_key', ['municipalityId', 'name'], { unique: true })
export class DistrictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** GeoJSON geometry in WGS84 (longitude, latitude), when the town hall has drawn one. */
  @Column({ type: 'jsonb', nullable: true })
  geometry: GeoJsonPolygon | null;
}
