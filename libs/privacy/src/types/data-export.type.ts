import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DataExportEntity } from '../entities/data-export.entity';
import { DataExportStatus } from './data-export-status.enum';

@ObjectType('DataExport', { description: 'A request for one’s own data and its archive.' })
export class DataExportType {
  @Field(() => ID) id: string;
  @Field(() => DataExportStatus) status: DataExportStatus;
  @Field(() => Date) requestedAt: Date;
  @Field(() => Date, { nullable: true }) readyAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The download link works until then.' }) expiresAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Path of the archive on the API (GET with the same Bearer token) while READY.',
  })
  downloadPath: string | null;

  static from(entity: DataExportEntity, now = new Date()): DataExportType {
    const ready = entity.status === DataExportStatus.READY && !!entity.expiresAt && entity.expiresAt > now;
    return {
      id: entity.id,
      status: ready || entity.status !== DataExportStatus.READY ? entity.status : DataExportStatus.EXPIRED,
      requestedAt: entity.requestedAt,
      readyAt: entity.readyAt,
      expiresAt: entity.expiresAt,
      downloadPath: ready ? `/my-data/exports/${entity.id}` : null,
    };
  }
}
