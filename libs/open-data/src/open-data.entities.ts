import { OpenDataFileEntity } from './entities/open-data-file.entity';

export const OPEN_DATA_ENTITIES = [OpenDataFileEntity];
