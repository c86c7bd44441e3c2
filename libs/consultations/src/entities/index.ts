export * from './consultation-category.entity';
export * from './consultation-phase.entity';
export * from './consultation.entity';

import { ConsultationCategoryEntity } from './consultation-category.entity';
import { ConsultationPhaseEntity } from './consultation-phase.entity';
import { ConsultationEntity } from './consultation.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const CONSULTATIONS_ENTITIES = [ConsultationEntity, ConsultationPhaseEntity, ConsultationCategoryEntity];
