export * from './open-data-file.entity';

import { OpenDataFileEntity } from './open-data-file.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const OPEN_DATA_ENTITIES = [OpenDataFileEntity];
