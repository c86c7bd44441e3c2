import { DistrictEntity } from './entities/district.entity';
import { MunicipalityEntity } from './entities/municipality.entity';

export const MUNICIPALITY_ENTITIES = [MunicipalityEntity, DistrictEntity];
