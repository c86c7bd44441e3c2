import { registerEnumType } from '@nestjs/graphql';

export enum DataExportStatus {
  /** Queued; the worker builds the archive. */
  PENDING = 'PENDING',
  /** The archive can be downloaded until `expiresAt`. */
  READY = 'READY',
  /** Past `expiresAt`: the file is deleted. */
  EXPIRED = 'EXPIRED',
  FAILED = 'FAILED',
}

registerEnumType(DataExportStatus, { name: 'DataExportStatus', description: 'Where a data-access request stands.' });
