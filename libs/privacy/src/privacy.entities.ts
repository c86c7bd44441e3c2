import { DataExportEntity } from './entities/data-export.entity';

export const PRIVACY_ENTITIES = [DataExportEntity];
