import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import {
  ballotProblem,
  castInput,
  EMPTY_DRAFT,
  readBallot,
  refusalView,
  type BallotDraft,
} from '../../budgets/ballot-form';
import { emptyForm, formFromFailures, FormSpec, FormView, missingFields, readForm } from '../../forms/form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import type { MessageKey } from '../../i18n/catalogue';
import { PageRenderer } from '../../http/page-renderer.service';
import { queryParam, type WebReply, type WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { markVotedInPersonMutation, recordPaperSheetMutation, staffPaperBallotsQuery } from './paper-ballots.documents';
import { PaperBallotsPage, type PaperMarkField, type PaperSheetField } from './paper-ballots.page';

const COMMON_REFUSALS = {
  BALLOT_CLOSED: { message: 'paperBallots.refused.closed' as MessageKey },
  PAPER_BALLOTS_NOT_TAKEN: { message: 'paperBallots.refused.notTaken' as MessageKey },
};

const SHEET_FORM: FormSpec<PaperSheetField> = {
  fields: {
    pollingPlace: {
      path: 'input.pollingPlace',
      required: 'paperBallots.field.pollingPlace.required',
      invalid: 'paperBallots.field.pollingPlace.invalid',
    },
    projects: { path: 'input.ballots', invalid: 'forms.error.refused' },
    spoiled: { path: 'input.spoiled', invalid: 'forms.error.refused' },
  },
  codes: COMMON_REFUSALS,
};

const MARK_FORM: FormSpec<PaperMarkField> = {
  fields: {
    censusCode: {
      path: 'input.censusCode',
      required: 'paperBallots.field.censusCode.required',
      invalid: 'paperBallots.field.censusCode.invalid',
    },
  },
  codes: {
    ...COMMON_REFUSALS,
    CENSUS_CODE_UNKNOWN: { field: 'censusCode', message: 'paperBallots.refused.censusCodeUnknown' },
    ALREADY_VOTED_IN_PERSON: { field: 'censusCode', message: 'paperBallots.refused.alreadyMarked' },
    WRONG_DISTRICT: { field: 'censusCode', message: 'paperBallots.refused.wrongDistrict' },
    NOT_ELIGIBLE: {
      field: 'censusCode',
      message: 'paperBallots.refused.notEligible',
      values: ({ details }) => ({
        reason: String(details.reason ?? 'other'),
        min: Number(details.minAge ?? 0),
        max: Number(details.maxAge ?? 0),
      }),
    },
    VOTE_GROUP_LIMIT_REACHED: {
      field: 'censusCode',
      message: 'paperBallots.refused.voteGroup',
      values: ({ details }) => ({
        group: String(details.voteGroupTitle ?? ''),
        max: Number(details.maxBudgets ?? 1),
      }),
    },
  },
};

/**
 * Paper ballots in the back office (issue #22, point 1): the polling register
 * and the entry of sheets one at a time, each sheet a `recordPaperBallots`
 * batch of one from its polling place. Post/Redirect/Get; the polling place
 * travels in the address so the next sheet keeps it.
 */
@Controller()
export class PaperBallotsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.budgetPaper)
  async page(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, id, { pollingPlace: queryParam(req, 'bureau') ?? '' });
  }

  @StaffPost(STAFF_ROUTES.budgetPaperMark)
  async mark(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const values = readForm(MARK_FORM, req.body);
    const missing = missingFields(MARK_FORM, values, i18n);
    if (missing) return this.show(req, reply, id, { markForm: missing }, 400);
    const result = await this.graphql.mutate(req, reply, markVotedInPersonMutation, {
      input: { budgetId: id, censusCode: values.censusCode },
    });
    if (!result.ok)
      return this.show(req, reply, id, { markForm: formFromFailures(MARK_FORM, values, result.failures, i18n) }, 400);
    await this.pages.redirect(
      reply,
      staffLinks.budgetPaper(id),
      result.data.markVotedInPerson ? 'paperBallots.flash.marked' : 'paperBallots.flash.markedSetAside',
    );
  }

  @StaffPost(STAFF_ROUTES.budgetPaperSheet)
  async sheet(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const values = readForm(SHEET_FORM, body);
    const pollingPlace = values.pollingPlace.trim();
    const data = await this.graphql.query(req, reply, staffPaperBallotsQuery, { id });
    const draft = readBallot(data.budget, body);
    if (body.action === 'total') return this.show(req, reply, id, { draft, pollingPlace, updated: true });
    const missing = missingFields(SHEET_FORM, values, i18n);
    if (missing) return this.show(req, reply, id, { draft, pollingPlace, sheetForm: missing }, 400);
    // The rules the page states, said at the field before anything is recorded, unless the agent says the sheet is so.
    const problem = ballotProblem(data.budget, draft);
    if (problem && values.spoiled !== 'oui')
      return this.show(
        req,
        reply,
        id,
        { draft, pollingPlace, sheetForm: refusalView(data.budget, draft, problem, i18n) },
        400,
      );
    const { budgetId: _id, ...sheet } = castInput(data.budget, draft);
    const result = await this.graphql.mutate(req, reply, recordPaperSheetMutation, {
      input: { budgetId: id, pollingPlace, ballots: [sheet] },
    });
    if (!result.ok) {
      const sheetForm = formFromFailures(SHEET_FORM, values, result.failures, i18n);
      return this.show(req, reply, id, { draft, pollingPlace, sheetForm }, 400);
    }
    // The caller made this entry, so its counts are theirs to read (never null).
    const refused = (result.data.recordPaperBallots.refusedCount ?? 0) > 0;
    await this.pages.redirect(
      reply,
      staffLinks.budgetPaper(id, pollingPlace),
      refused ? 'paperBallots.flash.refused' : 'paperBallots.flash.accepted',
    );
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    id: string,
    view: {
      draft?: BallotDraft;
      pollingPlace?: string;
      sheetForm?: FormView<PaperSheetField>;
      markForm?: FormView<PaperMarkField>;
      updated?: boolean;
    },
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffPaperBallotsQuery, { id });
    const page = h(PaperBallotsPage, {
      data,
      draft: view.draft ?? EMPTY_DRAFT,
      pollingPlace: view.pollingPlace ?? '',
      sheetForm: view.sheetForm ?? emptyForm(),
      markForm: view.markForm ?? emptyForm(),
      updated: view.updated,
    });
    await this.pages.send(req, reply, data, page, status);
  }
}
