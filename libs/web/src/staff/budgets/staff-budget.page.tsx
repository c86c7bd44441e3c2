import { CsrfField } from '../../forms/csrf-field.component';
import { emptyForm, type FormView } from '../../forms/form';
import type { StaffBudgetQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { budgetLinks, staffLinks } from '../../routes/paths';
import { agesSentence, ballotRuleSentences } from '../../budgets/budget-rules.component';
import { DateTimeField } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import { isoToLocal } from './local-date-time';
import { BUDGET_PROJECT_FIELDS, ProjectFields } from './project-fields.component';
import type { ProjectField, ScheduleField } from './staff-budget-forms';
import { voteGroupAnchor } from './vote-groups.page';
import { StaffSection } from '../staff-section.component';

export interface StaffBudgetPageProps {
  data: StaffBudgetQuery;
  /** The add-project form, shown again after a refusal. */
  projectForm?: FormView<ProjectField>;
  /** A refusal of an action without fields (open the vote). */
  actionForm?: FormView<never>;
  /** The calendar form, shown again after a refusal. */
  scheduleForm?: FormView<ScheduleField>;
}

/** The voting calendar of a draft (both dates) or an open vote (its closing only). */
function ScheduleForm({ budget, form }: { budget: Budget; form?: FormView<ScheduleField> }) {
  const t = useT();
  const { i18n } = usePage();
  const shown =
    form ??
    emptyForm<ScheduleField>({
      scheduleOpensAt: isoToLocal(budget.votingOpensAt, i18n.timeZone),
      scheduleClosesAt: isoToLocal(budget.votingClosesAt, i18n.timeZone),
    });
  return (
    <StaffSection id="schedule-title" title={t('staffBudgets.schedule')}>
      <p>{t('staffBudgets.scheduleHint')}</p>
      <form method="post" action={staffLinks.budgetSchedule(budget.id)} novalidate>
        <CsrfField />
        {budget.status === 'DRAFT' && (
          <DateTimeField form={shown} name="scheduleOpensAt" label={t('staffBudgets.field.votingOpensAt')} />
        )}
        <DateTimeField form={shown} name="scheduleClosesAt" label={t('staffBudgets.field.votingClosesAt')} />
        <button type="submit" class="button button--secondary">
          {t('staffBudgets.submitSchedule')}
        </button>
      </form>
    </StaffSection>
  );
}

/** One budget as staff manage it: its details, its projects and their feasibility, and what can be done next. */
export function StaffBudgetPage({ data, projectForm = emptyForm(), actionForm, scheduleForm }: StaffBudgetPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const budget = data.budget;
  const draft = budget.status === 'DRAFT';
  const failed = (form?: FormView<string>) => (form && form.errors.length + form.general.length > 0 ? form : undefined);
  const refused = failed(actionForm) ?? failed(projectForm) ?? failed(scheduleForm);
  const ages = agesSentence(budget, t);
  return (
    <StaffLayout
      title={budget.title}
      trail={[{ label: t('staffBudgets.title'), href: staffLinks.budgets() }]}
      form={refused}
    >
      <StaffSection id="facts-title" title={t('staffBudgets.facts')}>
        <dl class="staff-facts">
          <dt>{t('staffBudgets.fact.status')}</dt>
          <dd>{t('staffBudgets.status', { status: budget.status })}</dd>
          <dt>{t('staffBudgets.fact.amount')}</dt>
          <dd>{i18n.amount(budget.totalAmount)}</dd>
          <dt>{t('staffBudgets.fact.ballotType')}</dt>
          <dd>
            {t('staffBudgets.ballotType', { type: budget.ballotType })}
            {ballotRuleSentences(budget, t, (n) => i18n.amount(n)).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </dd>
          <dt>{t('staffBudgets.fact.tallyRule')}</dt>
          <dd>{t('staffBudgets.tallyRule', { rule: budget.tallyRule })}</dd>
          <dt>{t('staffBudgets.fact.voting')}</dt>
          <dd>
            {t('staffBudgets.voting', {
              opens: i18n.dateTime(budget.votingOpensAt),
              closes: i18n.dateTime(budget.votingClosesAt),
            })}
          </dd>
          <dt>{t('staffBudgets.fact.population')}</dt>
          <dd>
            {t('staffBudgets.population', { population: budget.population })}
            {ages && <p>{ages}</p>}
          </dd>
          <dt>{t('staffBudgets.fact.paper')}</dt>
          <dd>{t('staffBudgets.paperPrecedence', { precedence: budget.paperPrecedence ?? 'NONE' })}</dd>
          {budget.voteGroup && (
            <>
              <dt>{t('staffBudgets.fact.voteGroup')}</dt>
              <dd>
                <a href={`${staffLinks.voteGroups()}#${voteGroupAnchor(budget.voteGroup.id)}`}>
                  {budget.voteGroup.title}
                </a>
                <p>{t('voteGroups.rule', { rule: budget.voteGroup.rule, max: budget.voteGroup.maxBudgets ?? 1 })}</p>
              </dd>
            </>
          )}
        </dl>
      </StaffSection>

      <StaffSection id="projects-title" title={t('staffBudgets.projects')}>
        {budget.projects.length === 0 ? (
          <p>{t('staffBudgets.projects.none')}</p>
        ) : (
          <StaffTable
            captionId="projects-caption"
            caption={t('staffBudgets.projects.caption')}
            fit
            columns={[
              { label: t('staffBudgets.column.project') },
              { label: t('staffBudgets.column.cost'), number: true },
              { label: t('staffBudgets.column.feasibility') },
            ]}
          >
            {budget.projects.map((project) => (
              <tr key={project.id}>
                <th scope="row">
                  {project.title}
                  {draft && (
                    <p class="project-edit">
                      <a href={staffLinks.budgetProject(budget.id, project.id)}>
                        {t('staffBudgets.edit')}
                        <span class="visually-hidden"> – {project.title}</span>
                      </a>
                    </p>
                  )}
                </th>
                <td class="table__number">{i18n.amount(project.cost)}</td>
                <td>
                  {t('staffBudgets.feasibility', { feasibility: project.feasibility })}
                  {project.feasibilityExplanation && (
                    <p class="project-explanation">{project.feasibilityExplanation}</p>
                  )}
                  {draft && (
                    <p>
                      <a href={staffLinks.budgetFeasibility(budget.id, project.id)}>
                        {t('staffBudgets.assess')}
                        <span class="visually-hidden"> – {project.title}</span>
                      </a>
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </StaffTable>
        )}
      </StaffSection>

      {draft ? (
        <>
          <StaffSection id="add-project-title" title={t('staffBudgets.addProject')}>
            <form method="post" action={staffLinks.budgetProjects(budget.id)} novalidate>
              <CsrfField />
              <ProjectFields form={projectForm} names={BUDGET_PROJECT_FIELDS} />
              <button type="submit" class="button button--secondary">
                {t('staffBudgets.submitProject')}
              </button>
            </form>
          </StaffSection>
          <ScheduleForm budget={budget} form={scheduleForm} />
          <StaffSection id="open-title" title={t('staffBudgets.open')}>
            <p>{t('staffBudgets.openHint')}</p>
            <form method="post" action={staffLinks.budgetOpen(budget.id)}>
              <CsrfField />
              <button type="submit" class="button">
                {t('staffBudgets.open')}
              </button>
            </form>
          </StaffSection>
        </>
      ) : (
        <>
          {budget.status === 'OPEN' && <ScheduleForm budget={budget} form={scheduleForm} />}
          {budget.status === 'OPEN' && budget.paperPrecedence && (
            <p>
              <a href={staffLinks.budgetPaper(budget.id)}>{t('paperBallots.link')}</a>
            </p>
          )}
          <AfterOpening budget={budget} />
        </>
      )}
    </StaffLayout>
  );
}

type Budget = StaffBudgetQuery['budget'];

/** A button form for one lifecycle step, with what it will do said above it. */
function StepForm({
  action,
  title,
  hint,
  label,
  id,
}: {
  action: string;
  title: string;
  hint: string;
  label: string;
  id: string;
}) {
  return (
    <StaffSection id={id} title={title}>
      <p>{hint}</p>
      <form method="post" action={action}>
        <CsrfField />
        <button type="submit" class="button">
          {label}
        </button>
      </form>
    </StaffSection>
  );
}

/** The tally as staff read it before publishing: the budget's rule, and the other rule for comparison. */
function TallyResult({ budget }: { budget: Budget }) {
  const t = useT();
  const { i18n } = usePage();
  const result = budget.result!;
  const ruleName = (rule: string) => t('staffBudgets.tallyRule', { rule });
  return (
    <StaffSection id="result-title" title={t('staffBudgets.result')}>
      {budget.status === 'TALLIED' && <p>{t('staffBudgets.resultUnpublished')}</p>}
      <p>
        {t('staffBudgets.resultSummary', {
          ballots: result.ballotCount,
          cost: i18n.amount(result.totalCost),
          total: i18n.amount(budget.totalAmount),
        })}
      </p>
      <StaffTable
        captionId="winners-caption"
        caption={t('staffBudgets.winnersCaption', { rule: ruleName(result.rule) })}
        fit
        columns={[
          { label: t('staffBudgets.column.project') },
          { label: t('staffBudgets.column.cost'), number: true },
          { label: t('staffBudgets.column.votes'), number: true },
        ]}
      >
        {result.winners.map((project) => (
          <tr key={project.id}>
            <th scope="row">{project.title}</th>
            <td class="table__number">{i18n.amount(project.cost)}</td>
            <td class="table__number">{project.votes === null ? '' : i18n.number(project.votes)}</td>
          </tr>
        ))}
      </StaffTable>
      <StaffTable
        captionId="comparison-caption"
        caption={t('staffBudgets.comparisonCaption', {
          rule: ruleName(result.comparison.rule),
          cost: i18n.amount(result.comparison.totalCost),
        })}
        fit
        columns={[{ label: t('staffBudgets.column.project') }, { label: t('staffBudgets.column.cost'), number: true }]}
      >
        {result.comparison.winners.map((project) => (
          <tr key={project.id}>
            <th scope="row">{project.title}</th>
            <td class="table__number">{i18n.amount(project.cost)}</td>
          </tr>
        ))}
      </StaffTable>
    </StaffSection>
  );
}

/** What staff can do once the vote is open: close it early, retry a failed count, read and publish the result. */
function AfterOpening({ budget }: { budget: Budget }) {
  const t = useT();
  switch (budget.status) {
    case 'OPEN':
      return (
        <StepForm
          id="close-title"
          action={staffLinks.budgetClose(budget.id)}
          title={t('staffBudgets.close')}
          hint={t('staffBudgets.closeHint')}
          label={t('staffBudgets.close')}
        />
      );
    case 'CLOSED':
      return budget.tallyError ? (
        <>
          <div class="panel">
            <h2>{t('staffBudgets.tallyFailed')}</h2>
            <p>{t('staffBudgets.tallyFailedHint')}</p>
            <pre class="tally-error">{budget.tallyError}</pre>
          </div>
          <StepForm
            id="retry-title"
            action={staffLinks.budgetRetry(budget.id)}
            title={t('staffBudgets.retry')}
            hint={t('staffBudgets.tallyFailedHint')}
            label={t('staffBudgets.retry')}
          />
        </>
      ) : (
        <p>{t('staffBudgets.counting')}</p>
      );
    case 'TALLIED':
      return (
        <>
          {budget.result && <TallyResult budget={budget} />}
          <StepForm
            id="publish-title"
            action={staffLinks.budgetPublish(budget.id)}
            title={t('staffBudgets.publish')}
            hint={t('staffBudgets.publishHint')}
            label={t('staffBudgets.publish')}
          />
        </>
      );
    default:
      return (
        <>
          <p>{t('staffBudgets.published')}</p>
          {budget.result && <TallyResult budget={budget} />}
          <p>
            <a href={budgetLinks.budgetResults(budget.id)}>{t('staffBudgets.publicResults')}</a>
          </p>
        </>
      );
  }
}
