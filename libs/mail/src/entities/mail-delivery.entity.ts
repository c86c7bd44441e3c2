import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What became of one message: sent, or not sent because its recipient had received too many this hour. */
export enum MailDeliveryStatus {
  SENT = 'SENT',
  LIMITED = 'LIMITED',
}

/**
 * The sent log: one row per (event, recipient), written in the transaction
 * that holds the recipient's lock while the message goes out, so a retried or
 * duplicated job finds it and sends nothing. The address itself is not kept,
 * only its keyed hash (recipientHash: what the hourly limit counts). Deleted
 * after MAIL_DELIVERY_RETENTION_DAYS by the retention job.
 */
@Entity('mail_deliveries')
@Index('mail_deliveries_event_recipient_key', ['eventKey', 'recipientHash'], { unique: true })
@Index('mail_deliveries_recipient_idx', ['recipientHash', 'createdAt'])
export class MailDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** What the message is about, e.g. `ballot-cast:<ballot id>:<version>`: one message per event and recipient. */
  @Column({ type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'char', length: 64 })
  recipientHash: string;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'enum', enum: MailDeliveryStatus, enumName: 'mail_delivery_status' })
  status: MailDeliveryStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
