import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffPaperBatchNewQuery } from '../../graphql/generated/graphql';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';
import type { PaperEntryView } from './paper-batch-entry';
import { PaperBatchEntry } from './paper-batch-entry.component';

/** The polling place's field, asked first (a GET form: the entry's address then carries it). */
export type PaperPlaceField = 'bureau';

export interface PaperBatchNewPageProps {
  data: StaffPaperBatchNewQuery;
  /** Null until the agent says where the sheets come from. */
  pollingPlace: string | null;
  placeForm: FormView<PaperPlaceField>;
  view: PaperEntryView;
}

/**
 * The first entry of a double-entry batch (issue #22, point 1): where the
 * sheets come from, then the sheets one by one, then the batch recorded; it
 * waits for another agent's entry before it counts.
 */
export function PaperBatchNewPage({ data, pollingPlace, placeForm, view }: PaperBatchNewPageProps) {
  const t = useT();
  const budget = data.budget;
  const action = staffLinks.budgetPaperBatchNew(budget.id);
  const form: FormView<string> = pollingPlace === null ? placeForm : view.form;
  return (
    <StaffLayout
      title={t('paperBatch.new.title', { budget: budget.title })}
      trail={[
        { label: t('staffBudgets.title'), href: staffLinks.budgets() },
        { label: budget.title, href: staffLinks.budget(budget.id) },
        { label: t('paperBatch.crumb'), href: staffLinks.budgetPaper(budget.id) },
      ]}
      form={form}
    >
      <p>{t('paperBatch.start.hint')}</p>
      {!budget.paperPrecedence ? (
        <p>{t('paperBallots.notTaken')}</p>
      ) : pollingPlace === null ? (
        <form class="form" method="get" action={action} novalidate>
          <TextField form={placeForm} name="bureau" label={t('paperBatch.field.pollingPlace')} autocomplete="off" />
          <button class="button" type="submit">
            {t('paperBatch.start.submit')}
          </button>
        </form>
      ) : (
        <>
          <p>
            {t('paperBatch.pollingPlace', { place: pollingPlace })}
            {view.sheets.length === 0 && (
              <>
                {' '}
                <a href={action}>{t('paperBatch.pollingPlace.change')}</a>
              </>
            )}
          </p>
          <PaperBatchEntry
            budget={budget}
            action={action}
            view={view}
            hidden={{ bureau: pollingPlace }}
            recordHint={t('paperBatch.record.hint.first')}
          />
        </>
      )}
    </StaffLayout>
  );
}
