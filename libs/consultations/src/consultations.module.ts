import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { MunicipalityCoreModule } from '@quorum/municipality';
import { ConsultationOutlineRepository } from './repositories/consultation-outline.repository';
import { ConsultationRepository } from './repositories/consultation.repository';
import { ConsultationResolver } from './resolvers/consultation.resolver';
import { ConsultationFrames } from './services/consultation-frames.service';
import { ConsultationService } from './services/consultation.service';

/** Services only: usable by the CLI and the worker. */
@Module({
  imports: [MunicipalityCoreModule, AuditCoreModule],
  providers: [ConsultationService, ConsultationFrames, ConsultationOutlineRepository, ConsultationRepository],
  exports: [ConsultationService, ConsultationOutlineRepository],
})
export class ConsultationsCoreModule {}

/** Adds the GraphQL surface, for the API. */
@Module({ imports: [ConsultationsCoreModule], providers: [ConsultationResolver] })
export class ConsultationsModule {}
