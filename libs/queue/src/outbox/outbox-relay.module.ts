import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';

/** The relay, for the processes that run it (the worker); needs DatabaseModule and QueueModule. */
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class OutboxRelayModule {}
