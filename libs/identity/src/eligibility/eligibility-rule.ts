import { EligiblePopulation } from '@quorum/common';
import { NotEligibleReason } from './not-eligible-reason';

/** Who may take part: a budget's or a consultation's columns `population`, `min_age`, `max_age`. */
export interface EligibilityRule {
  population: EligiblePopulation;
  minAge: number | null;
  maxAge: number | null;
}

/** What the census and the verification say of a verified person. */
export interface EligibilityFacts {
  birthYear: number | null;
  /** Null when the census file did not say. */
  registeredVoter: boolean | null;
  /** Verified in person for a link to the area, not as a resident. */
  linkedOnly: boolean;
}

/**
 * Why the person may not take part, or null. The census gives birth years
 * only, so an age is the one reached during `year` (the calendar year of the
 * act): "from 16" admits everyone born in `year - 16` or before, as French
 * participatory budgets word it ("avoir 16 ans dans l'année").
 */
export function ineligibility(rule: EligibilityRule, facts: EligibilityFacts, year: number): NotEligibleReason | null {
  if (rule.population === EligiblePopulation.REGISTERED_VOTERS && facts.registeredVoter !== true)
    return NotEligibleReason.NOT_REGISTERED_VOTER;
  if (rule.population === EligiblePopulation.CENSUS_RESIDENTS && facts.linkedOnly)
    return NotEligibleReason.NOT_RESIDENT;
  if (rule.minAge === null && rule.maxAge === null) return null;
  if (facts.birthYear === null) return NotEligibleReason.AGE_UNKNOWN;
  const age = year - facts.birthYear;
  if (rule.minAge !== null && age < rule.minAge) return NotEligibleReason.TOO_YOUNG;
  if (rule.maxAge !== null && age > rule.maxAge) return NotEligibleReason.TOO_OLD;
  return null;
}
