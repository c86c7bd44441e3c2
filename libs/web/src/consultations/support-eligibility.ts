import { ageValues } from '../budgets/budget-rules.component';
import type { EligiblePopulation } from '../graphql/generated/graphql';
import type { useT } from '../http/page-context';

/** A consultation's rule of who may support, as the API gives it. */
export interface SupportRule {
  population: EligiblePopulation;
  minAge?: number | null;
  maxAge?: number | null;
}

/**
 * Who may support a consultation's proposals beyond "the verified residents",
 * in sentences (none for a plain consultation): the population, the ages.
 */
export function supportEligibilitySentences(rule: SupportRule, t: ReturnType<typeof useT>): string[] {
  const sentences: string[] = [];
  if (rule.population !== 'CENSUS_RESIDENTS')
    sentences.push(t('consultations.support.population', { population: rule.population }));
  const ages = ageValues(rule);
  if (ages) sentences.push(t('consultations.support.ages', ages));
  return sentences;
}
