export * from './data-export.entity';

import { DataExportEntity } from './data-export.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const PRIVACY_ENTITIES = [DataExportEntity];
