import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { EMPTY_DRAFT } from '../../budgets/ballot-form';
import { emptyForm, formFromFailures, type FormSpec, type FormView } from '../../forms/form';
import type { GraphqlFailure } from '../../graphql/graphql-failure';
import type { StaffPaperBatchQuery } from '../../graphql/generated/graphql';
import { WebGraphql } from '../../graphql/web-graphql.service';
import type { MessageKey } from '../../i18n/catalogue';
import { PageRenderer } from '../../http/page-renderer.service';
import { formBody, queryParam, type WebReply, type WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import {
  recordPaperBatchMutation,
  resolvePaperBatchMutation,
  secondPaperEntryMutation,
  staffPaperBatchNewQuery,
  staffPaperBatchQuery,
  staffPaperBatchSheetsQuery,
} from './paper-batch.documents';
import { type PaperEntryField, paperEntryStep, type PaperEntryView } from './paper-batch-entry';
import { PaperBatchNewPage, type PaperPlaceField } from './paper-batch-new.page';
import { PaperBatchPage, readingField } from './paper-batch.page';
import { type Reading, resolvedSheets, type SheetInput } from './paper-batch-sheets';

/** The API's refusals of an entry, said above the page (a sheet's own rules are said at its field before). */
const ENTRY_FORM: FormSpec<PaperEntryField> = {
  fields: {
    projects: { path: 'input.ballots', invalid: 'forms.error.refused' },
    spoiled: { path: 'input.spoiled', invalid: 'forms.error.refused' },
  },
  codes: {
    BALLOT_CLOSED: { message: 'paperBallots.refused.closed' as MessageKey },
    PAPER_BALLOTS_NOT_TAKEN: { message: 'paperBallots.refused.notTaken' as MessageKey },
    SECOND_ENTRY_BY_SAME_AGENT: { message: 'paperBatch.second.yours' as MessageKey },
    RESOLUTION_BY_FIRST_AGENT: { message: 'paperBatch.resolve.yours' as MessageKey },
    INVALID_BATCH_STATUS: { message: 'paperBatch.refused.status' as MessageKey },
  },
};

/** Polling places are at most 200 characters (RecordPaperBallotsInput). */
const MAX_PLACE = 200;

const NO_VALUES: Record<PaperEntryField, string> = { projects: '', spoiled: '' };

const EMPTY_ENTRY: PaperEntryView = { sheets: [], draft: EMPTY_DRAFT, form: emptyForm() };

/**
 * Double entry of paper batches in the back office (issue #22, point 1),
 * without JavaScript: the first agent enters a batch sheet by sheet and
 * records it; another agent enters it again from the batch's page; where the
 * two differ, the page lists the differences and resolves them, by a reading
 * kept per sheet or by the batch entered again. Sheets travel in the forms
 * until the batch is recorded (paperEntryStep); recording redirects (PRG).
 */
@Controller()
export class PaperBatchController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.budgetPaperBatchNew)
  async newBatch(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const asked = queryParam(req, 'bureau');
    const place = asked?.trim() ?? '';
    const i18n = this.pages.translator(req);
    const placeError =
      asked === undefined
        ? null
        : !place
          ? i18n.t('paperBallots.field.pollingPlace.required')
          : place.length > MAX_PLACE
            ? i18n.t('paperBallots.field.pollingPlace.invalid')
            : null;
    if (asked === undefined || placeError) {
      const placeForm: FormView<PaperPlaceField> = {
        values: { bureau: asked ?? '' },
        errors: placeError ? [{ field: 'bureau', text: placeError }] : [],
        general: [],
      };
      return this.showNew(req, reply, id, null, placeForm, EMPTY_ENTRY, placeError ? 400 : 200);
    }
    await this.showNew(req, reply, id, place, emptyForm(), EMPTY_ENTRY);
  }

  @StaffPost(STAFF_ROUTES.budgetPaperBatchRecord)
  async enterNew(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const body = formBody(req);
    const place = typeof body.bureau === 'string' ? body.bureau.trim() : '';
    if (!place) return this.pages.redirect(reply, staffLinks.budgetPaperBatchNew(id));
    const data = await this.graphql.query(req, reply, staffPaperBatchNewQuery, { id });
    const i18n = this.pages.translator(req);
    const step = paperEntryStep(data.budget, body, i18n);
    if (step.kind === 'show') return this.showNew(req, reply, id, place, emptyForm(), step.view, step.status);
    const result = await this.graphql.mutate(req, reply, recordPaperBatchMutation, {
      input: { budgetId: id, pollingPlace: place, ballots: step.sheets, doubleEntry: true },
    });
    if (!result.ok) {
      return this.showNew(req, reply, id, place, emptyForm(), this.refusedView(step.sheets, result.failures, req), 400);
    }
    await this.pages.redirect(
      reply,
      staffLinks.budgetPaperBatch(id, result.data.recordPaperBallots.id),
      'paperBatch.flash.recorded',
    );
  }

  @StaffGet(STAFF_ROUTES.budgetPaperBatch)
  async batch(
    @Param('id') id: string,
    @Param('batchId') batchId: string,
    @Req() req: WebRequest,
    @Res() reply: WebReply,
  ): Promise<void> {
    const data = await this.batchData(req, reply, id, batchId);
    if (data) await this.showBatch(req, reply, data, EMPTY_ENTRY);
  }

  @StaffPost(STAFF_ROUTES.budgetPaperBatchEnter)
  async enterBatch(
    @Param('id') id: string,
    @Param('batchId') batchId: string,
    @Req() req: WebRequest,
    @Res() reply: WebReply,
  ): Promise<void> {
    const body = formBody(req);
    // A batch of another budget than the address's: nothing is entered against this budget's projects.
    const data = await this.batchData(req, reply, id, batchId);
    if (!data) return;
    if (body.action === 'resolve') return this.resolveByReadings(req, reply, data, body);
    const step = paperEntryStep(data.budget, body, this.pages.translator(req));
    if (step.kind === 'show') return this.showBatch(req, reply, data, step.view, undefined, step.status);
    const input = { input: { batchId, ballots: step.sheets } };
    let flash: MessageKey;
    if (data.paperBallotBatch.status === 'DIFFERENT') {
      const result = await this.graphql.mutate(req, reply, resolvePaperBatchMutation, input);
      if (!result.ok) return this.refusedEntry(req, reply, data, step.sheets, result.failures);
      flash = 'paperBatch.flash.resolved';
    } else {
      const result = await this.graphql.mutate(req, reply, secondPaperEntryMutation, input);
      if (!result.ok) return this.refusedEntry(req, reply, data, step.sheets, result.failures);
      const counted = result.data.recordPaperBallotsSecondEntry.status === 'COUNTED';
      flash = counted ? 'paperBatch.flash.counted' : 'paperBatch.flash.different';
    }
    await this.pages.redirect(reply, staffLinks.budgetPaperBatch(id, batchId), flash);
  }

  /** The resolution by readings: one kept per difference, the agreed sheets as they are. */
  private async resolveByReadings(
    req: WebRequest,
    reply: WebReply,
    data: StaffPaperBatchQuery,
    body: Record<string, unknown>,
  ): Promise<void> {
    const { budget, paperBallotBatch: batch } = data;
    const i18n = this.pages.translator(req);
    const readings = new Map<number, Reading>();
    const form: FormView<string> = { values: {}, errors: [], general: [] };
    for (const d of batch.differences) {
      const name = readingField(d.index);
      const value = body[name];
      if (value === 'first' || value === 'second') {
        readings.set(d.index, value);
        form.values[name] = value;
      } else form.errors.push({ field: name, text: i18n.t('paperBatch.resolve.required', { number: d.index + 1 }) });
    }
    if (batch.status !== 'DIFFERENT') form.general.push(i18n.t('paperBatch.refused.status'));
    if (form.errors.length + form.general.length > 0) return this.showBatch(req, reply, data, EMPTY_ENTRY, form, 400);
    // DIFFERENT: both entries are made, so the sheets are anyone's to read.
    const { paperBallotBatch } = await this.graphql.query(req, reply, staffPaperBatchSheetsQuery, {
      batchId: batch.id,
    });
    const ballots = resolvedSheets(budget.ballotType, paperBallotBatch.sheets ?? [], batch.differences, readings);
    const result = await this.graphql.mutate(req, reply, resolvePaperBatchMutation, {
      input: { batchId: batch.id, ballots },
    });
    if (!result.ok) {
      const refused = formFromFailures(ENTRY_FORM, NO_VALUES, result.failures, i18n);
      const resolveForm = { ...form, general: [...refused.general, ...refused.errors.map((e) => e.text)] };
      return this.showBatch(req, reply, data, EMPTY_ENTRY, resolveForm, 400);
    }
    await this.pages.redirect(reply, staffLinks.budgetPaperBatch(budget.id, batch.id), 'paperBatch.flash.resolved');
  }

  /** An entry of a batch the API refused (so the batch is as read): the sheets kept, the refusal above the page. */
  private refusedEntry(
    req: WebRequest,
    reply: WebReply,
    data: StaffPaperBatchQuery,
    sheets: SheetInput[],
    failures: GraphqlFailure[],
  ): Promise<void> {
    return this.showBatch(req, reply, data, this.refusedView(sheets, failures, req), undefined, 400);
  }

  private refusedView(sheets: SheetInput[], failures: GraphqlFailure[], req: WebRequest): PaperEntryView {
    const refused = formFromFailures(ENTRY_FORM, NO_VALUES, failures, this.pages.translator(req));
    const form = { values: {}, errors: [], general: [...refused.general, ...refused.errors.map((e) => e.text)] };
    return { sheets, draft: EMPTY_DRAFT, form };
  }

  /** The batch with its budget; null, once redirected to the batch's own address, when it belongs to another budget. */
  private async batchData(
    req: WebRequest,
    reply: WebReply,
    id: string,
    batchId: string,
  ): Promise<StaffPaperBatchQuery | null> {
    const data = await this.graphql.query(req, reply, staffPaperBatchQuery, { id, batchId });
    if (data.paperBallotBatch.budgetId === id) return data;
    await this.pages.redirect(reply, staffLinks.budgetPaperBatch(data.paperBallotBatch.budgetId, batchId));
    return null;
  }

  private async showNew(
    req: WebRequest,
    reply: WebReply,
    id: string,
    pollingPlace: string | null,
    placeForm: FormView<PaperPlaceField>,
    view: PaperEntryView,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffPaperBatchNewQuery, { id });
    await this.pages.send(req, reply, data, h(PaperBatchNewPage, { data, pollingPlace, placeForm, view }), status);
  }

  private async showBatch(
    req: WebRequest,
    reply: WebReply,
    data: StaffPaperBatchQuery,
    view: PaperEntryView,
    resolveForm?: FormView<string>,
    status = 200,
  ): Promise<void> {
    await this.pages.send(req, reply, data, h(PaperBatchPage, { data, view, resolveForm }), status);
  }
}
