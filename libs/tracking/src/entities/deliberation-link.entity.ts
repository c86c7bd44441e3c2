import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedItemEntity } from './tracked-item.entity';

/**
 * A deliberation of the municipal council about a tracked item, with the
 * fields of the SCDL "Délibérations" schema (schema.data.gouv.fr/scdl/deliberations)
 * that belong to the act; COLL_NOM and COLL_SIRET come from the commune when published.
 */
@Entity('tracked_item_deliberations')
@Index('tracked_item_deliberations_item_delib_key', ['trackedItemId', 'delibId', 'delibDate'], { unique: true })
@Check(
  'tracked_item_deliberations_votes_check',
  'LEAST(vote_effectif, vote_reel, vote_pour, vote_contre, vote_abstention) >= 0',
)
export class DeliberationLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  trackedItemId: string;

  @ManyToOne(() => TrackedItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tracked_item_id' })
  trackedItem?: TrackedItemEntity;

  /** DELIB_ID: the act's number. */
  @Column({ type: 'varchar', length: 64 })
  delibId: string;

  /** DELIB_DATE: the day of the vote. */
  @Column({ type: 'date' })
  delibDate: string;

  /** DELIB_MATIERE_CODE: the @ctes nomenclature code (e.g. 7.1). */
  @Column({ type: 'varchar', length: 16 })
  matiereCode: string;

  /** DELIB_MATIERE_NOM. */
  @Column({ type: 'varchar', length: 300 })
  matiereNom: string;

  /** DELIB_OBJET: the act's title. */
  @Column({ type: 'varchar', length: 1000 })
  objet: string;

  /** DELIB_URL: the act itself. */
  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** PREF_ID / PREF_DATE: the prefecture's acknowledgement, when known. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  prefId: string | null;

  @Column({ type: 'date', nullable: true })
  prefDate: string | null;

  @Column({ type: 'int', nullable: true })
  voteEffectif: number | null;

  @Column({ type: 'int', nullable: true })
  voteReel: number | null;

  @Column({ type: 'int', nullable: true })
  votePour: number | null;

  @Column({ type: 'int', nullable: true })
  voteContre: number | null;

  @Column({ type: 'int', nullable: true })
  voteAbstention: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
