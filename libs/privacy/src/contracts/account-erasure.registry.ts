import { Injectable } from '@nestjs/common';
import { AccountErasureParticipant } from './account-erasure-participant';
import { ParticipantRegistry } from './participant-registry';

/** What must happen to each domain's data when an account is erased (run by identity's AccountErasureService). */
@Injectable()
export class AccountErasureRegistry extends ParticipantRegistry<AccountErasureParticipant> {}
