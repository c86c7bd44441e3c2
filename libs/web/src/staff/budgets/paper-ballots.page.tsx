import type { BallotDraft } from '../../budgets/ballot-form';
import { CsrfField } from '../../forms/csrf-field.component';
import { emptyForm, type FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffPaperBallotsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';
import { TotalUpdatedStatus } from '../../budgets/ballot-fields.component';
import { PaperSheetFields } from './paper-sheet-fields.component';
import { CensusCodeField } from '../../forms/census-code-field.component';

/** The sheet form's fields: the projects' fieldset (id "projects", as the ballot's), the polling place, "spoiled". */
export type PaperSheetField = 'projects' | 'pollingPlace' | 'spoiled';
export type PaperMarkField = 'censusCode';

export interface PaperBallotsPageProps {
  data: StaffPaperBallotsQuery;
  draft: BallotDraft;
  pollingPlace: string;
  sheetForm: FormView<PaperSheetField>;
  markForm: FormView<PaperMarkField>;
  /** The sheet form came back from "update the total". */
  updated?: boolean;
}

/**
 * Paper ballots of one budget (issue #22, point 1), without JavaScript: the
 * polling register by census code, then one sheet at a time, shown with the
 * same fields as the online ballot; a sheet breaking a rule is said at its
 * field and recorded (as spoiled) only when the agent says it is so.
 */
export function PaperBallotsPage({ data, draft, pollingPlace, sheetForm, markForm, updated }: PaperBallotsPageProps) {
  const t = useT();
  const budget = data.budget;
  const projectsError = sheetForm.errors.find((e) => e.field === 'projects')?.text;
  const form: FormView<string> = {
    values: {},
    errors: [...markForm.errors, ...sheetForm.errors],
    general: [...markForm.general, ...sheetForm.general],
  };
  return (
    <StaffLayout
      title={t('paperBallots.title', { budget: budget.title })}
      trail={[
        { label: t('staffBudgets.title'), href: staffLinks.budgets() },
        { label: budget.title, href: staffLinks.budget(budget.id) },
      ]}
      form={form}
    >
      {!budget.paperPrecedence ? (
        <p>{t('paperBallots.notTaken')}</p>
      ) : (
        <>
          <p>{t('paperBallots.rule', { rule: budget.paperPrecedence })}</p>
          <Figures data={data} />

          <section aria-labelledby="mark-title">
            <h2 id="mark-title">{t('paperBallots.mark.title')}</h2>
            <form class="form" method="post" action={staffLinks.budgetPaperMark(budget.id)} novalidate>
              <CsrfField />
              <CensusCodeField
                form={markForm}
                name="censusCode"
                label={t('paperBallots.field.censusCode')}
                hint={t('paperBallots.mark.hint')}
              />
              <button type="submit" class="button">
                {t('paperBallots.mark.submit')}
              </button>
            </form>
          </section>

          <section aria-labelledby="sheet-title">
            <h2 id="sheet-title">{t('paperBallots.sheet.title')}</h2>
            <p>{t('paperBallots.sheet.hint')}</p>
            {updated && <TotalUpdatedStatus />}
            <form class="form form--wide" method="post" action={staffLinks.budgetPaper(budget.id)} novalidate>
              <CsrfField />
              <TextField
                form={{ ...sheetForm, values: { ...sheetForm.values, pollingPlace } }}
                name="pollingPlace"
                label={t('paperBallots.field.pollingPlace')}
                autocomplete="off"
              />
              <PaperSheetFields budget={budget} draft={draft} error={projectsError} />
              <button class="button" type="submit" name="action" value="record">
                {t('paperBallots.sheet.submit')}
              </button>
            </form>
          </section>

          <section aria-labelledby="double-title">
            <h2 id="double-title">{t('paperBatch.start.title')}</h2>
            <p>{t('paperBatch.start.hint')}</p>
            <form class="form" method="get" action={staffLinks.budgetPaperBatchNew(budget.id)} novalidate>
              <TextField
                form={emptyForm<'bureau'>({ bureau: pollingPlace })}
                name="bureau"
                label={t('paperBatch.field.pollingPlace')}
                autocomplete="off"
              />
              <button type="submit" class="button button--secondary">
                {t('paperBatch.start.submit')}
              </button>
            </form>
          </section>
        </>
      )}
      <Batches data={data} />
    </StaffLayout>
  );
}

function Figures({ data }: { data: StaffPaperBallotsQuery }) {
  const t = useT();
  const { i18n } = usePage();
  const turnout = data.budget.turnout;
  const rows: [string, number][] = [
    [t('paperBallots.figures.online'), turnout.online],
    [t('paperBallots.figures.paper'), turnout.paper],
    [t('paperBallots.figures.setAside'), turnout.setAside],
    [t('paperBallots.figures.total'), turnout.ballots],
  ];
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('paperBallots.figures')}</h2>
      <dl class="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{i18n.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Batches({ data }: { data: StaffPaperBallotsQuery }) {
  const t = useT();
  const { i18n } = usePage();
  const batches = data.paperBallotBatches;
  return (
    <section aria-labelledby="batches-title">
      <h2 id="batches-title">{t('paperBallots.batches')}</h2>
      {batches.length === 0 ? (
        <p>{t('paperBallots.batches.none')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="batches-caption" tabindex={0}>
          <table class="table">
            <caption class="table__caption" id="batches-caption">
              {t('paperBallots.batches.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('paperBallots.column.pollingPlace')}</th>
                <th scope="col">{t('paperBallots.column.status')}</th>
                <th scope="col" class="table__number">
                  {t('paperBallots.column.sheets')}
                </th>
                <th scope="col" class="table__number">
                  {t('paperBallots.column.accepted')}
                </th>
                <th scope="col" class="table__number">
                  {t('paperBallots.column.refused')}
                </th>
                <th scope="col">{t('paperBatch.column.next')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <th scope="row">{batch.pollingPlace}</th>
                  <td>{t('paperBallots.status', { status: batch.status })}</td>
                  <td class="table__number">{i18n.number(batch.sheetCount)}</td>
                  {batch.accepted === null || batch.refusedCount === null ? (
                    // Until the second entry the API gives the first entry's split to its own agent only: it would
                    // hint anyone else (the second agent among them) at what to find on the paper.
                    <td colSpan={2}>{t('paperBallots.afterSecondEntry')}</td>
                  ) : (
                    <>
                      <td class="table__number">{i18n.number(batch.accepted)}</td>
                      <td class="table__number">{i18n.number(batch.refusedCount)}</td>
                    </>
                  )}
                  <td>
                    <a href={staffLinks.budgetPaperBatch(data.budget.id, batch.id)}>
                      {t('paperBatch.open', { status: batch.status })}
                      <span class="visually-hidden"> – {batch.pollingPlace}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
