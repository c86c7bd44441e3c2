import { Module } from '@nestjs/common';
import { MunicipalityResolver } from './resolvers/municipality.resolver';
import { MunicipalityService } from './services/municipality.service';

@Module({ providers: [MunicipalityService], exports: [MunicipalityService] })
export class MunicipalityCoreModule {}

@Module({ imports: [MunicipalityCoreModule], providers: [MunicipalityResolver] })
export class MunicipalityModule {}
