import { BallotFields } from '../../budgets/ballot-fields.component';
import type { BallotDraft } from '../../budgets/ballot-form';
import { ballotRuleSentences } from '../../budgets/budget-rules.component';
import type { BudgetDetailsFragment } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';

/**
 * One paper sheet as the agent copies it: the online ballot's fields (the
 * rules said in their hint) and "spoiled", which records a sheet breaking a
 * rule as it is.
 */
export function PaperSheetFields({
  budget,
  draft,
  error,
}: {
  budget: BudgetDetailsFragment;
  draft: BallotDraft;
  error?: string;
}) {
  const t = useT();
  const { i18n } = usePage();
  return (
    <>
      <BallotFields
        budget={budget}
        draft={draft}
        error={error}
        hint={ballotRuleSentences(budget, t, (n) => i18n.amount(n))}
      />
      <div class="field choices">
        <div class="choice">
          <input class="choice__input" type="checkbox" id="spoiled" name="spoiled" value="oui" />
          <label class="choice__label" for="spoiled">
            {t('paperBallots.field.spoiled')}
          </label>
        </div>
      </div>
    </>
  );
}
