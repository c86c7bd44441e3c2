import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { DateTimeField, Radios, TextArea } from '../staff-fields.component';
import { EligibilityFields } from '../eligibility-fields.component';
import { StaffLayout } from '../staff-layout.component';
import type { StaffBudgetNewQuery } from '../../graphql/generated/graphql';
import { type CreateBudgetField, NONE } from './staff-budget-forms';

const BALLOT_TYPES = ['KNAPSACK', 'APPROVAL', 'CUMULATIVE', 'ORDINAL'];
const TALLY_RULES = ['EQUAL_SHARES', 'GREEDY', 'GREEDY_NO_SKIP', 'SEQUENTIAL_PHRAGMEN'];
const PRECEDENCES = [NONE, 'ONLINE_WINS', 'PAPER_WINS'];

/** A new budget, created as a draft: its projects come next, then the vote is opened. */
export function BudgetNewPage({ data, form }: { data: StaffBudgetNewQuery; form: FormView<CreateBudgetField> }) {
  const t = useT();
  const groups = data.voteGroups;
  return (
    <StaffLayout
      title={t('staffBudgets.new.title')}
      trail={[{ label: t('staffBudgets.title'), href: staffLinks.budgets() }]}
      form={form}
    >
      <form method="post" action={staffLinks.budgetNew()} novalidate>
        <CsrfField />
        <TextField form={form} name="title" label={t('staffBudgets.field.title')} />
        <TextArea form={form} name="description" label={t('staffBudgets.field.description')} optional />
        <TextField
          form={form}
          name="totalAmount"
          label={t('staffBudgets.field.totalAmount')}
          inputmode="numeric"
          spellcheck={false}
        />
        <Radios
          form={form}
          name="ballotType"
          label={t('staffBudgets.field.ballotType')}
          options={BALLOT_TYPES.map((type) => ({ value: type, label: t('staffBudgets.ballotType', { type }) }))}
        />
        <TextField
          form={form}
          name="maxPoints"
          label={t('staffBudgets.field.maxPoints')}
          hint={t('staffBudgets.field.maxPoints.hint')}
          inputmode="numeric"
          optional
        />
        <TextField
          form={form}
          name="minProjects"
          label={t('staffBudgets.field.minProjects')}
          hint={t('staffBudgets.field.projects.hint')}
          inputmode="numeric"
          optional
        />
        <TextField
          form={form}
          name="maxProjects"
          label={t('staffBudgets.field.maxProjects')}
          hint={t('staffBudgets.field.projects.hint')}
          inputmode="numeric"
          optional
        />
        <Radios
          form={form}
          name="tallyRule"
          label={t('staffBudgets.field.tallyRule')}
          options={TALLY_RULES.map((rule) => ({ value: rule, label: t('staffBudgets.tallyRule', { rule }) }))}
        />
        <EligibilityFields form={form} populationLabel={t('staffBudgets.field.population')} />
        <Radios
          form={form}
          name="paperPrecedence"
          label={t('staffBudgets.field.paperPrecedence')}
          options={PRECEDENCES.map((precedence) => ({
            value: precedence,
            label: t('staffBudgets.paperPrecedence', { precedence: precedence || 'NONE' }),
          }))}
        />
        {groups.length > 0 && (
          <Radios
            form={form}
            name="voteGroupId"
            label={t('staffBudgets.field.voteGroupId')}
            hint={t('staffBudgets.field.voteGroupId.hint')}
            options={[
              { value: NONE, label: t('staffBudgets.noVoteGroup') },
              ...groups.map((group) => ({
                value: group.id,
                label: t('staffBudgets.voteGroupOption', {
                  title: group.title,
                  rule: t('voteGroups.rule', { rule: group.rule, max: group.maxBudgets ?? 1 }),
                }),
              })),
            ]}
          />
        )}
        <p>
          <a href={staffLinks.voteGroups()}>{t('staffBudgets.voteGroupsLink')}</a>
        </p>
        <DateTimeField
          form={form}
          name="votingOpensAt"
          label={t('staffBudgets.field.votingOpensAt')}
          hint={t('staffBudgets.field.dateHint')}
        />
        <DateTimeField
          form={form}
          name="votingClosesAt"
          label={t('staffBudgets.field.votingClosesAt')}
          hint={t('staffBudgets.field.dateHint')}
        />
        <button type="submit" class="button">
          {t('staffBudgets.submitCreate')}
        </button>
      </form>
    </StaffLayout>
  );
}
