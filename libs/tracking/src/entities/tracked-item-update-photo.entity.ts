import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrackedItemUpdateEntity } from './tracked-item-update.entity';

/**
 * A photo of a public update, uploaded by staff through the report photo
 * upload (`POST /reports/photos`: format read from the bytes, re-encoded,
 * every EXIF block and GPS position dropped) and claimed by the update, so
 * the photo's row and file stay the reports library's.
 */
@Entity('tracked_item_update_photos')
@Index('tracked_item_update_photos_photo_id_key', ['photoId'], { unique: true })
export class TrackedItemUpdatePhotoEntity {
  @PrimaryColumn({ type: 'uuid' })
  updateId: string;

  @ManyToOne(() => TrackedItemUpdateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'update_id' })
  update?: TrackedItemUpdateEntity;

  @PrimaryColumn({ type: 'uuid' })
  photoId: string;

  // By entity name, to keep the reports library's model out of this one's imports.
  @ManyToOne('ReportPhotoEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'photo_id' })
  photo?: unknown;

  /** Order shown, from 0. */
  @Column({ type: 'smallint' })
  position: number;

  /** What the photo shows, for those who cannot see it (staff's words); null: the page describes it from its update. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  altText: string | null;

  /** Copied from the photo when claimed, so that reading an update asks nothing of reports. */
  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;
}
