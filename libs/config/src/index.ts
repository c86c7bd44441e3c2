export * from './app-config';
export * from './config.error';
export * from './config.module';
export * from './environment.schema';
export * from './load-config';
