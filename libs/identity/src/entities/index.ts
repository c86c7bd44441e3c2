export * from './account-token.entity';
export * from './census-entry.entity';
export * from './census-import.entity';
export * from './residency-verification.entity';
export * from './session.entity';
export * from './user.entity';

import { AccountTokenEntity } from './account-token.entity';
import { CensusEntryEntity } from './census-entry.entity';
import { CensusImportEntity } from './census-import.entity';
import { ResidencyVerificationEntity } from './residency-verification.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const IDENTITY_ENTITIES = [
  UserEntity,
  CensusEntryEntity,
  CensusImportEntity,
  ResidencyVerificationEntity,
  SessionEntity,
  AccountTokenEntity,
];
