import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { Outbox } from './outbox/outbox.service';

@Global()
@Module({ providers: [JobQueue, Outbox], exports: [JobQueue, Outbox] })
export class QueueModule {}
