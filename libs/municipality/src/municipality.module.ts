import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { KeyFiguresResolver } from './figures/key-figures.resolver';
import { StaffDashboardResolver } from './figures/staff-dashboard.resolver';
import { MunicipalityResolver } from './resolvers/municipality.resolver';
import { MunicipalityService } from './services/municipality.service';
import { MunicipalityLogoController } from './settings/municipality-logo.controller';
import { MunicipalitySettingsRepository } from './settings/municipality-settings.repository';
import { MunicipalitySettingsService } from './settings/municipality-settings.service';

const SERVICES = [MunicipalityService, MunicipalitySettingsRepository, MunicipalitySettingsService];

@Module({ imports: [AuditCoreModule], providers: SERVICES, exports: SERVICES })
export class MunicipalityCoreModule {}

@Module({
  imports: [MunicipalityCoreModule],
  providers: [MunicipalityResolver, KeyFiguresResolver, StaffDashboardResolver],
  controllers: [MunicipalityLogoController],
})
export class MunicipalityModule {}
