import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import type { StaffPaperBatchQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import type { MessageKey } from '../../i18n/catalogue';
import { staffLinks } from '../../routes/paths';
import { Radios } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import type { PaperEntryView } from './paper-batch-entry';
import { PaperBatchEntry } from './paper-batch-entry.component';
import { type PaperSheetView, sheetOfPaper, sheetWords } from './paper-batch-sheets';

type Batch = StaffPaperBatchQuery['paperBallotBatch'];
type Budget = StaffPaperBatchQuery['budget'];
type Sheet = PaperSheetView & { refusalCode?: string | null };

/** The radios of the resolution form: one per sheet the entries read differently. */
export const readingField = (index: number) => `lecture-${index}`;

export interface PaperBatchPageProps {
  data: StaffPaperBatchQuery;
  /** The second entry, or the entry again that resolves the batch, as the agent has it so far. */
  view: PaperEntryView;
  /** The choice of readings, shown again after a refusal. */
  resolveForm?: FormView<string>;
}

/** A sheet of an entry in words, "spoiled" when the API refused it; `missing` when the entry has no such sheet. */
function useSheetText(budget: Budget): (sheet: Sheet | null | undefined, missing: MessageKey) => string {
  const t = useT();
  const { i18n } = usePage();
  return (sheet, missing) =>
    sheet
      ? t(sheet.refusalCode ? 'paperBatch.sheet.spoiled' : 'paperBatch.sheet.valid', {
          sheet: sheetWords(budget, sheetOfPaper(budget.ballotType, sheet), i18n),
        })
      : t(missing);
}

/** Where the two entries differ, sheet by sheet. */
function Differences({ budget, batch }: { budget: Budget; batch: Batch }) {
  const t = useT();
  const text = useSheetText(budget);
  return (
    <section aria-labelledby="differences-title">
      <h2 id="differences-title">{t('paperBatch.differences.title')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="differences-caption" tabindex={0}>
        <table class="table">
          <caption class="table__caption" id="differences-caption">
            {t('paperBatch.differences.caption', { count: batch.differences.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('paperBatch.column.sheet')}</th>
              <th scope="col">{t('paperBatch.column.first')}</th>
              <th scope="col">{t('paperBatch.column.second')}</th>
            </tr>
          </thead>
          <tbody>
            {batch.differences.map((d) => (
              <tr key={d.index}>
                <th scope="row">{t('paperBatch.sheet.number', { number: d.index + 1 })}</th>
                <td>{text(d.first, 'paperBatch.missing')}</td>
                <td>{text(d.second, 'paperBatch.missing')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** For each difference, the reading kept; the sheets both entries agree on stay as they are. */
function ResolveForm({ budget, batch, form }: { budget: Budget; batch: Batch; form: FormView<string> }) {
  const t = useT();
  const text = useSheetText(budget);
  const reading = (sheet: Sheet | null | undefined) => text(sheet, 'paperBatch.missing.drop');
  return (
    <section aria-labelledby="resolve-title">
      <h2 id="resolve-title">{t('paperBatch.resolve.title')}</h2>
      <p>{t('paperBatch.resolve.hint')}</p>
      <form method="post" action={staffLinks.budgetPaperBatch(budget.id, batch.id)} novalidate>
        <CsrfField />
        {batch.differences.map((d) => (
          <Radios
            key={d.index}
            form={form}
            name={readingField(d.index)}
            label={t('paperBatch.sheet.number', { number: d.index + 1 })}
            options={[
              { value: 'first', label: t('paperBatch.resolve.reading', { reading: 'first', sheet: reading(d.first) }) },
              {
                value: 'second',
                label: t('paperBatch.resolve.reading', { reading: 'second', sheet: reading(d.second) }),
              },
            ]}
          />
        ))}
        <button class="button" type="submit" name="action" value="resolve">
          {t('paperBatch.resolve.submit')}
        </button>
      </form>
    </section>
  );
}

/**
 * One paper batch (issue #22, point 1): awaiting its second entry (by
 * another agent), its two entries' differences and their resolution (a
 * reading kept per sheet, or the whole batch entered again), or counted.
 */
/** Valid and spoiled sheets, when the API gives them. */
function Split({ batch }: { batch: Batch }) {
  const t = useT();
  const { i18n } = usePage();
  if (batch.accepted === null || batch.refusedCount === null) return null;
  return (
    <p>
      {t('paperBatch.counted', { accepted: i18n.number(batch.accepted), refused: i18n.number(batch.refusedCount) })}
    </p>
  );
}

export function PaperBatchPage({ data, view, resolveForm }: PaperBatchPageProps) {
  const t = useT();
  const { budget, paperBallotBatch: batch } = data;
  const action = staffLinks.budgetPaperBatch(budget.id, batch.id);
  const resolving = resolveForm && resolveForm.errors.length + resolveForm.general.length > 0;
  return (
    <StaffLayout
      title={t('paperBatch.title', { place: batch.pollingPlace })}
      trail={[
        { label: t('staffBudgets.title'), href: staffLinks.budgets() },
        { label: budget.title, href: staffLinks.budget(budget.id) },
        { label: t('paperBatch.crumb'), href: staffLinks.budgetPaper(budget.id) },
      ]}
      form={resolving ? resolveForm : view.form}
    >
      <p>{t('paperBatch.status', { status: batch.status })}</p>
      {batch.status === 'COUNTED' && <Split batch={batch} />}
      {batch.status === 'AWAITING_SECOND_ENTRY' && <p>{t('paperBatch.firstEntry', { sheets: batch.sheetCount })}</p>}
      {/* Until the second entry the API gives the split to the first entry's agent only: theirs to see. */}
      {batch.status === 'AWAITING_SECOND_ENTRY' && batch.firstEntryByYou && <Split batch={batch} />}
      {batch.status === 'AWAITING_SECOND_ENTRY' &&
        (batch.firstEntryByYou ? (
          <p>{t('paperBatch.second.yours')}</p>
        ) : (
          <>
            <p>{t('paperBatch.second.hint')}</p>
            <PaperBatchEntry
              budget={budget}
              action={action}
              view={view}
              recordHint={t('paperBatch.record.hint.second')}
            />
          </>
        ))}
      {batch.status === 'DIFFERENT' && batch.firstEntryByYou && (
        <>
          <Differences budget={budget} batch={batch} />
          <p>{t('paperBatch.resolve.yours')}</p>
        </>
      )}
      {batch.status === 'DIFFERENT' && !batch.firstEntryByYou && (
        <>
          <Differences budget={budget} batch={batch} />
          <ResolveForm budget={budget} batch={batch} form={resolveForm ?? { values: {}, errors: [], general: [] }} />
          <section aria-labelledby="reenter-title">
            <h2 id="reenter-title">{t('paperBatch.reenter.title')}</h2>
            <p>{t('paperBatch.reenter.hint')}</p>
            <PaperBatchEntry
              budget={budget}
              action={action}
              view={view}
              recordHint={t('paperBatch.record.hint.resolution')}
              idPrefix="reenter"
              headingLevel={3}
            />
          </section>
        </>
      )}
      <p>
        <a href={staffLinks.budgetPaper(budget.id)}>{t('paperBatch.back')}</a>
      </p>
    </StaffLayout>
  );
}
