import { EligiblePopulation } from '@quorum/common';
import { EligibilityFacts, EligibilityRule, ineligibility } from './eligibility-rule';

const rule = (overrides: Partial<EligibilityRule> = {}): EligibilityRule => ({
  population: EligiblePopulation.CENSUS_RESIDENTS,
  minAge: null,
  maxAge: null,
  ...overrides,
});
const person = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  birthYear: 2000,
  registeredVoter: null,
  linkedOnly: false,
  ...overrides,
});

describe('ineligibility', () => {
  it('admits every resident when the rule has no limit, birth year known or not', () => {
    expect(ineligibility(rule(), person(), 2027)).toBeNull();
    expect(ineligibility(rule(), person({ birthYear: null }), 2027)).toBeNull();
  });

  it('counts the age reached during the year: from 16 admits those born 16 years before, not after', () => {
    const from16 = rule({ minAge: 16 });
    expect(ineligibility(from16, person({ birthYear: 2011 }), 2027)).toBeNull();
    expect(ineligibility(from16, person({ birthYear: 2012 }), 2027)).toBe('TOO_YOUNG');
    const youth = rule({ minAge: 11, maxAge: 25 });
    expect(ineligibility(youth, person({ birthYear: 2002 }), 2027)).toBeNull();
    expect(ineligibility(youth, person({ birthYear: 2001 }), 2027)).toBe('TOO_OLD');
    expect(ineligibility(youth, person({ birthYear: null }), 2027)).toBe('AGE_UNKNOWN');
  });

  it('admits registered voters only where the population is REGISTERED_VOTERS, unknown meaning no', () => {
    const voters = rule({ population: EligiblePopulation.REGISTERED_VOTERS });
    expect(ineligibility(voters, person({ registeredVoter: true }), 2027)).toBeNull();
    expect(ineligibility(voters, person({ registeredVoter: false }), 2027)).toBe('NOT_REGISTERED_VOTER');
    expect(ineligibility(voters, person({ registeredVoter: null }), 2027)).toBe('NOT_REGISTERED_VOTER');
    // A registered voter linked to the commune without living there (a local taxpayer) is one.
    expect(ineligibility(voters, person({ registeredVoter: true, linkedOnly: true }), 2027)).toBeNull();
  });

  it('admits people linked to the area only where the population is ALSO_LINKED', () => {
    const linked = person({ linkedOnly: true });
    expect(ineligibility(rule(), linked, 2027)).toBe('NOT_RESIDENT');
    expect(ineligibility(rule({ population: EligiblePopulation.ALSO_LINKED }), linked, 2027)).toBeNull();
    expect(ineligibility(rule({ population: EligiblePopulation.ALSO_LINKED }), person(), 2027)).toBeNull();
  });
});
