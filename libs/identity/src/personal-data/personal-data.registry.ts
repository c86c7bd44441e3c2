import { Injectable } from '@nestjs/common';
import { PersonalDataContributor } from './personal-data-contributor';

/** Domains register here what they hold about an account, for the right of access (see AccountErasureRegistry for erasure). */
@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly PersonalDataContributor[] {
    return this.contributors;
  }
}
