import { Injectable } from '@nestjs/common';
import { PersonalDataContributor } from './personal-data-contributor';
import { ParticipantRegistry } from './participant-registry';

/** What each domain holds about an account, for the right of access (the `requestMyData` archive). */
@Injectable()
export class PersonalDataRegistry extends ParticipantRegistry<PersonalDataContributor> {}
