import { ballotProblem } from '../../budgets/ballot-form';
import { CsrfField } from '../../forms/csrf-field.component';
import type { BudgetDetailsFragment } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import type { PaperEntryView } from './paper-batch-entry';
import { PaperSheetFields } from './paper-sheet-fields.component';
import { draftOfSheet, encodeSheet, type SheetInput, SHEETS_FIELD, sheetWords } from './paper-batch-sheets';

/** Whether the sheet breaks one of the rules the page states (it is then recorded as spoiled). */
export function isSpoiled(budget: BudgetDetailsFragment, sheet: SheetInput): boolean {
  return ballotProblem(budget, draftOfSheet(sheet)) !== null;
}

/** The sheets entered so far, repeated in each form of the page, and any fixed field (the polling place). */
function Carried({ sheets, hidden }: { sheets: SheetInput[]; hidden: Record<string, string> }) {
  return (
    <>
      <CsrfField />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {sheets.map((sheet, index) => (
        <input key={index} type="hidden" name={SHEETS_FIELD} value={encodeSheet(sheet)} />
      ))}
    </>
  );
}

/**
 * A batch entered sheet by sheet (double entry: first entry, second entry,
 * entry again to resolve). The list of sheets entered so far, the sheet form
 * (add, remove the last, update the total), and the form that records them
 * all; every form carries the sheets, so nothing is stored before the end.
 */
export function PaperBatchEntry({
  budget,
  action,
  view,
  hidden = {},
  recordHint,
  idPrefix = 'entry',
  headingLevel = 2,
}: {
  budget: BudgetDetailsFragment;
  action: string;
  view: PaperEntryView;
  hidden?: Record<string, string>;
  recordHint: string;
  /** Keeps headings' ids apart when the page holds another section with its own. */
  idPrefix?: string;
  /** 3 when the entry sits in a section of its own. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const t = useT();
  const { i18n } = usePage();
  const { sheets, draft, form, said } = view;
  const projectsError = form.errors.find((e) => e.field === 'projects')?.text;
  return (
    <>
      {said && (
        <p class="visually-hidden" role="status">
          {t(`paperBatch.said.${said.key}`, { number: said.number })}
        </p>
      )}
      <section aria-labelledby={`${idPrefix}-entered`}>
        <Heading id={`${idPrefix}-entered`}>{t('paperBatch.entered', { count: sheets.length })}</Heading>
        {sheets.length > 0 && (
          <ol class="paper-sheets">
            {sheets.map((sheet, index) => (
              <li key={index}>
                {t(isSpoiled(budget, sheet) ? 'paperBatch.sheet.spoiled' : 'paperBatch.sheet.valid', {
                  sheet: sheetWords(budget, sheet, i18n),
                })}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={`${idPrefix}-sheet`}>
        <Heading id={`${idPrefix}-sheet`}>{t('paperBatch.sheet.number', { number: sheets.length + 1 })}</Heading>
        <form class="form form--wide" method="post" action={action} novalidate>
          <Carried sheets={sheets} hidden={hidden} />
          <PaperSheetFields budget={budget} draft={draft} error={projectsError} />
          <div class="button-group">
            <button class="button" type="submit" name="action" value="add">
              {t('paperBatch.add')}
            </button>
            {sheets.length > 0 && (
              <button class="button button--secondary" type="submit" name="action" value="undo">
                {t('paperBatch.undo')}
              </button>
            )}
          </div>
        </form>
      </section>

      {sheets.length > 0 && (
        <section aria-labelledby={`${idPrefix}-record`}>
          <Heading id={`${idPrefix}-record`}>{t('paperBatch.record.title')}</Heading>
          <p>{recordHint}</p>
          <form method="post" action={action}>
            <Carried sheets={sheets} hidden={hidden} />
            <button class="button" type="submit" name="action" value="record">
              {t('paperBatch.record.submit', { count: sheets.length })}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
