export * from './bullmq-connection';
export * from './job-handler.decorator';
export * from './job-name';
export * from './job-queue.service';
export * from './queue-name';
export * from './queue.module';
export * from './redis.module';
export * from './redis.tokens';
