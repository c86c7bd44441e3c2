import { registerEnumType } from '@nestjs/graphql';

/** Who may take part in a budget or a consultation, beyond the age limits. */
export enum EligiblePopulation {
  /** Verified residents whose census entry is their home (the default). */
  CENSUS_RESIDENTS = 'CENSUS_RESIDENTS',
  /** Census entries flagged as registered voters (a consultation under article L1112-15 of the CGCT). */
  REGISTERED_VOTERS = 'REGISTERED_VOTERS',
  /** Residents, and people with a link to the area (work, study…) verified in person with that link recorded. */
  ALSO_LINKED = 'ALSO_LINKED',
}

registerEnumType(EligiblePopulation, {
  name: 'EligiblePopulation',
  description: 'Who may take part in a budget or a consultation, beyond the age limits.',
  valuesMap: {
    CENSUS_RESIDENTS: { description: 'Verified residents (the default).' },
    REGISTERED_VOTERS: { description: 'Verified people whose census entry is flagged as a registered voter.' },
    ALSO_LINKED: {
      description:
        'Residents, and people with a link to the area verified in person (verifyResidentInPerson linkToArea).',
    },
  },
});

/** The largest age limit a budget or a consultation accepts (a sanity bound, not a policy). */
export const MAX_AGE_LIMIT = 130;
