import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { dataSourceOptions, EntityList } from './data-source-options';

@Module({})
export class DatabaseModule {
  /** `entities`: every entity the app uses, relations' targets included (TypeORM refuses a dangling relation at boot). */
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.database.url, entities, config.database.poolSize),
            retryAttempts: 3,
          }),
        }),
      ],
    };
  }
}
