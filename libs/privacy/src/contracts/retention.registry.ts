import { Injectable } from '@nestjs/common';
import { ParticipantRegistry } from './participant-registry';
import { RetentionParticipant } from './retention-participant';

/** Each domain's retention purge, run by the hourly retention job. */
@Injectable()
export class RetentionRegistry extends ParticipantRegistry<RetentionParticipant> {}
