import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A kind of message an address asked not to receive any more (its
 * unsubscribe link, or the one-click POST of RFC 8058). Keyed by the
 * address's keyed hash (recipientHash), so that it holds for anonymous
 * reporters too and keeps no address; kept after an account's erasure, since a suppression is what
 * makes sure the platform does not write to that address again.
 */
@Entity('mail_suppressions')
export class MailSuppressionEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  recipientHash: string;

  /** A MailKind. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
