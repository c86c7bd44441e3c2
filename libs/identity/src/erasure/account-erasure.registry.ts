import { Injectable } from '@nestjs/common';
import { AccountErasureParticipant } from './account-erasure-participant';

/** Domains register here (in their `onModuleInit`) what must happen to their data when an account is erased. */
@Injectable()
export class AccountErasureRegistry {
  private readonly participants: AccountErasureParticipant[] = [];

  register(participant: AccountErasureParticipant): void {
    this.participants.push(participant);
  }

  all(): readonly AccountErasureParticipant[] {
    return this.participants;
  }
}
