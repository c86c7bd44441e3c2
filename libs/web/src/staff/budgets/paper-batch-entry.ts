import { type BallotDraft, ballotProblem, EMPTY_DRAFT, readBallot, refusalView } from '../../budgets/ballot-form';
import { emptyForm, type FormView } from '../../forms/form';
import type { BudgetDetailsFragment } from '../../graphql/generated/graphql';
import type { Translator } from '../../i18n/translator';
import { MAX_SHEETS, readSheets, type SheetInput, sheetOfDraft } from './paper-batch-sheets';

/** The sheet form's fields: the projects' fieldset (id "projects", as the ballot's) and "spoiled". */
export type PaperEntryField = 'projects' | 'spoiled';

/** What the entry form shows: the sheets entered so far, the sheet being entered, and what just happened. */
export interface PaperEntryView {
  sheets: SheetInput[];
  draft: BallotDraft;
  form: FormView<PaperEntryField>;
  /** Said once in the page's status region: a sheet added or removed, the total updated. */
  said?: { key: 'added' | 'removed' | 'updated'; number: number };
}

/** One press of the entry form: shown again (a sheet added, removed, refused, a total), or the batch to record. */
export type PaperEntryStep =
  { kind: 'show'; view: PaperEntryView; status: number } | { kind: 'record'; sheets: SheetInput[] };

function refused(sheets: SheetInput[], draft: BallotDraft, general: string): PaperEntryStep {
  return { kind: 'show', status: 400, view: { sheets, draft, form: { ...emptyForm(), general: [general] } } };
}

/**
 * The entry of a batch sheet by sheet, without JavaScript: the sheets entered
 * so far travel in the form (hidden fields), each press adds the sheet filled
 * in (refused at its field when it breaks a rule the page states, unless the
 * agent says it is spoiled), removes the last one, updates the total, or asks
 * to record them all. A form whose sheets cannot be read again is refused
 * whole, rather than a sheet being dropped.
 */
export function paperEntryStep(
  budget: BudgetDetailsFragment,
  body: Record<string, unknown>,
  i18n: Translator,
): PaperEntryStep {
  const draft = readBallot(budget, body);
  const sheets = readSheets(body);
  if (!sheets) return refused([], draft, i18n.t('paperBatch.refused.unreadable'));
  const show = (view: Omit<PaperEntryView, 'form'>, form: FormView<PaperEntryField> = emptyForm()): PaperEntryStep => ({
    kind: 'show',
    status: form.errors.length + form.general.length > 0 ? 400 : 200,
    view: { ...view, form },
  });
  switch (body.action) {
    case 'record':
      if (sheets.length === 0) return refused(sheets, draft, i18n.t('paperBatch.refused.empty'));
      return { kind: 'record', sheets };
    case 'undo':
      return show({ sheets: sheets.slice(0, -1), draft, said: { key: 'removed', number: sheets.length } });
    case 'add': {
      if (sheets.length >= MAX_SHEETS)
        return refused(sheets, draft, i18n.t('paperBatch.refused.tooMany', { max: MAX_SHEETS }));
      const problem = ballotProblem(budget, draft);
      // Points that are not whole numbers cannot be sent even as spoiled: enter such a sheet blank and spoiled.
      if (problem && (body.spoiled !== 'oui' || problem === 'INVALID_POINTS'))
        return show({ sheets, draft }, refusalView(budget, draft, problem, i18n));
      const added = [...sheets, sheetOfDraft(budget, draft)];
      return show({ sheets: added, draft: EMPTY_DRAFT, said: { key: 'added', number: added.length } });
    }
    default:
      return show({ sheets, draft, said: { key: 'updated', number: sheets.length } });
  }
}
