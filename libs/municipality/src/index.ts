export * from './entities/district.entity';
export * from './entities/municipality.entity';
export * from './municipality.entities';
export * from './municipality.module';
export * from './seed/toulouse.seed-data';
export * from './services/municipality.service';
export * from './services/point-in-polygon';
export * from './types/district.type';
