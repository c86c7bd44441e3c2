import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { logOptions } from './log-options';

/** Application logs (Nest's logger) as structured JSON; HTTP requests are logged by Fastify with the same options. */
@Module({})
export class LoggerModule {
  static forRoot(level: string, service: string): DynamicModule {
    return {
      module: LoggerModule,
      imports: [
        PinoLoggerModule.forRoot({ pinoHttp: { ...logOptions(level, service), autoLogging: false }, forRoutes: [] }),
      ],
    };
  }
}
