export * from './district.entity';
export * from './municipality.entity';

import { DistrictEntity } from './district.entity';
import { MunicipalityEntity } from './municipality.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const MUNICIPALITY_ENTITIES = [MunicipalityEntity, DistrictEntity];
