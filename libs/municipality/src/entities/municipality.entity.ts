import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
