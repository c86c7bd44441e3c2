import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { BallotDraft, ballotProjects, pointsName, rankCount, rankName, totalCost, totalPoints } from './ballot-form';
import { HintAndError } from '../forms/field-description.component';

type Budget = BudgetDetailsFragment;
type Project = Budget['projects'][number];

/** The first control carries the fieldset's id ("projects"), where the error summary's link leads. */
function controlId(index: number, project: string): string {
  return index === 0 ? 'projects' : `project-${project}`;
}

function projectMeta(project: Project, amount: (n: number) => string, t: ReturnType<typeof useT>): string {
  return [t('budgets.project.cost', { cost: amount(project.cost) }), project.category].filter(Boolean).join(' · ');
}

function Checkboxes({ budget, draft, describedBy }: { budget: Budget; draft: BallotDraft; describedBy?: string }) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <div class="choices">
      {ballotProjects(budget).map((project, index) => {
        const id = controlId(index, project.id);
        return (
          <div class="choice" key={project.id}>
            <input
              class="choice__input"
              type="checkbox"
              id={id}
              name="projets"
              value={project.id}
              checked={draft.projectIds.includes(project.id)}
              data-cost={project.cost}
              aria-describedby={[`${id}-meta`, describedBy].filter(Boolean).join(' ')}
            />
            <label class="choice__label" for={id}>
              {project.title}
            </label>
            <p class="choice__hint" id={`${id}-meta`}>
              {projectMeta(project, (n) => i18n.amount(n), t)}
            </p>
          </div>
        );
      })}
    </div>
  );
}

function PointInputs({ budget, draft, describedBy }: { budget: Budget; draft: BallotDraft; describedBy?: string }) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <div class="point-inputs">
      {ballotProjects(budget).map((project, index) => {
        const id = controlId(index, project.id);
        return (
          <div class="point-input" key={project.id}>
            <label class="field__label" for={id}>
              {t('budgets.ballot.pointsFor', { project: project.title })}
            </label>
            <p class="field__hint" id={`${id}-meta`}>
              {projectMeta(project, (n) => i18n.amount(n), t)}
            </p>
            <input
              class="field__input field__input--points"
              type="text"
              inputmode="numeric"
              id={id}
              name={pointsName(project.id)}
              value={draft.points[project.id] ?? ''}
              autocomplete="off"
              spellcheck={false}
              aria-describedby={[`${id}-meta`, describedBy].filter(Boolean).join(' ')}
            />
          </div>
        );
      })}
    </div>
  );
}

function RankSelects({ budget, draft, describedBy }: { budget: Budget; draft: BallotDraft; describedBy?: string }) {
  const { i18n } = usePage();
  const t = useT();
  const projects = ballotProjects(budget);
  return (
    <div class="rank-selects">
      {Array.from({ length: rankCount(budget) }, (_, index) => {
        const id = index === 0 ? 'projects' : `rank-${index + 1}`;
        const chosen = draft.ranking[index] ?? '';
        return (
          <div class="field" key={id}>
            <label class="field__label" for={id}>
              {t('budgets.ballot.rank', { rank: index + 1 })}
            </label>
            <select class="field__input" id={id} name={rankName(index + 1)} aria-describedby={describedBy}>
              <option value="" selected={chosen === ''}>
                {t('budgets.ballot.rankNone')}
              </option>
              {projects.map((project) => (
                <option key={project.id} value={project.id} selected={chosen === project.id}>
                  {t('budgets.ballot.rankOption', { project: project.title, cost: i18n.amount(project.cost) })}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The running total, computed by the server from the last submission ("update
 * the total"), and kept current by the ballot-total script when JavaScript
 * runs. Its templates carry {spent}/{left}/{over}/{given} for the script.
 */
function Total({ budget, draft }: { budget: Budget; draft: BallotDraft }) {
  const { i18n } = usePage();
  const t = useT();
  if (budget.ballotType === 'KNAPSACK') {
    const spent = totalCost(budget, draft);
    const left = budget.totalAmount - spent;
    return (
      <p
        class="ballot-total"
        id="ballot-total"
        aria-live="polite"
        data-budget={budget.totalAmount}
        data-locale={i18n.locale === 'fr' ? 'fr-FR' : 'en-GB'}
        data-template={t('budgets.ballot.total', { spent: '{spent}', left: '{left}' })}
        data-over-template={t('budgets.ballot.totalOver', { spent: '{spent}', over: '{over}' })}
      >
        {left >= 0
          ? t('budgets.ballot.total', { spent: i18n.amount(spent), left: i18n.amount(left) })
          : t('budgets.ballot.totalOver', { spent: i18n.amount(spent), over: i18n.amount(-left) })}
      </p>
    );
  }
  const total = budget.maxPoints ?? 0;
  const given = totalPoints(draft);
  return (
    <p
      class="ballot-total"
      id="ballot-total"
      aria-live="polite"
      data-points={total}
      data-template={t('budgets.ballot.points', { given: '{given}', total, left: '{left}' })}
      data-over-template={t('budgets.ballot.pointsOver', { given: '{given}', total, over: '{over}' })}
    >
      {given <= total
        ? t('budgets.ballot.points', { given, total, left: total - given })
        : t('budgets.ballot.pointsOver', { given, total, over: given - total })}
    </p>
  );
}

/**
 * What a screen reader is told once the total button (without JavaScript)
 * has sent the ballot and the page comes back with the new total.
 */
export function TotalUpdatedStatus() {
  const t = useT();
  return (
    <p class="visually-hidden" role="status">
      {t('budgets.ballot.totalUpdated')}
    </p>
  );
}

/** The projects' fieldset for the budget's ballot type, with its hint, its error and the total. */
export function BallotFields({
  budget,
  draft,
  error,
  hint,
}: {
  budget: Budget;
  draft: BallotDraft;
  error?: string;
  hint: string[];
}) {
  const t = useT();
  const describedBy = ['projects-hint', error ? 'projects-error' : undefined].filter(Boolean).join(' ');
  const withTotal = budget.ballotType === 'KNAPSACK' || budget.ballotType === 'CUMULATIVE';
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy}>
        <legend class="fieldset__legend">{t('budgets.ballot.legend', { type: budget.ballotType })}</legend>
        <div class="field__hint" id="projects-hint">
          {hint.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
        <HintAndError name="projects" error={error} />
        {(budget.ballotType === 'APPROVAL' || budget.ballotType === 'KNAPSACK') && (
          <Checkboxes budget={budget} draft={draft} />
        )}
        {budget.ballotType === 'CUMULATIVE' && <PointInputs budget={budget} draft={draft} />}
        {budget.ballotType === 'ORDINAL' && <RankSelects budget={budget} draft={draft} />}
      </fieldset>
      {withTotal && (
        <div class="ballot-total-box">
          <Total budget={budget} draft={draft} />
          <button class="button button--secondary" type="submit" name="action" value="total" data-update-total>
            {t('budgets.ballot.updateTotal')}
          </button>
        </div>
      )}
    </div>
  );
}
