import { ConsultationCategoryEntity } from './entities/consultation-category.entity';
import { ConsultationPhaseEntity } from './entities/consultation-phase.entity';
import { ConsultationEntity } from './entities/consultation.entity';

export const CONSULTATIONS_ENTITIES = [ConsultationEntity, ConsultationPhaseEntity, ConsultationCategoryEntity];
