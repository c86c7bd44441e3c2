import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffVoteGroupsQuery } from '../../graphql/generated/graphql';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Radios } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';

export type VoteGroupField = 'title' | 'rule' | 'maxBudgets';

export const VOTE_GROUP_RULES = ['EXACTLY_ONE', 'UP_TO_N', 'ALL'] as const;

/** The anchor of a group in the list, which budgets' pages link to. */
export const voteGroupAnchor = (id: string) => `groupe-${id}`;

/**
 * Vote groups (issue #22, point 3): budgets voted together, with how many of
 * them one person may vote in. A group is made here, then chosen when its
 * budgets are created; it does not change once made (the database holds its
 * rule on every voter's row).
 */
export function VoteGroupsPage({ data, form }: { data: StaffVoteGroupsQuery; form: FormView<VoteGroupField> }) {
  const t = useT();
  const groups = data.voteGroups;
  return (
    <StaffLayout
      title={t('voteGroups.title')}
      trail={[{ label: t('staffBudgets.title'), href: staffLinks.budgets() }]}
      form={form}
    >
      <p>{t('voteGroups.intro')}</p>
      <section aria-labelledby="groups-title">
        <h2 id="groups-title">{t('voteGroups.list')}</h2>
        {groups.length === 0 ? (
          <p>{t('voteGroups.none')}</p>
        ) : (
          <ul class="vote-groups">
            {groups.map((group) => (
              <li key={group.id} id={voteGroupAnchor(group.id)}>
                <h3>{group.title}</h3>
                <p>{t('voteGroups.rule', { rule: group.rule, max: group.maxBudgets ?? 1 })}</p>
                {group.budgets.length === 0 ? (
                  <p>{t('voteGroups.noBudget')}</p>
                ) : (
                  <ul>
                    {group.budgets.map((budget) => (
                      <li key={budget.id}>
                        <a href={staffLinks.budget(budget.id)}>{budget.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-group-title">
        <h2 id="new-group-title">{t('voteGroups.new')}</h2>
        <form method="post" action={staffLinks.voteGroups()} novalidate>
          <CsrfField />
          <TextField
            form={form}
            name="title"
            label={t('voteGroups.field.title')}
            hint={t('voteGroups.field.title.hint')}
          />
          <Radios
            form={form}
            name="rule"
            label={t('voteGroups.field.rule')}
            options={VOTE_GROUP_RULES.map((rule) => ({ value: rule, label: t('voteGroups.ruleOption', { rule }) }))}
          />
          <TextField
            form={form}
            name="maxBudgets"
            label={t('voteGroups.field.maxBudgets')}
            hint={t('voteGroups.field.maxBudgets.hint')}
            inputmode="numeric"
            optional
          />
          <button type="submit" class="button">
            {t('voteGroups.submit')}
          </button>
        </form>
      </section>
    </StaffLayout>
  );
}
