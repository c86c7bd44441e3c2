import { CensusEntryEntity } from './entities/census-entry.entity';
import { CensusImportEntity } from './entities/census-import.entity';
import { ResidencyVerificationEntity } from './entities/residency-verification.entity';
import { UserEntity } from './entities/user.entity';

export const IDENTITY_ENTITIES = [UserEntity, CensusEntryEntity, CensusImportEntity, ResidencyVerificationEntity];
