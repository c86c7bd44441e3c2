import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { requireSignedIn } from '../errors/web-errors.service';
import { emptyForm, FormSpec, formFromFailures, FormView, readForm } from '../forms/form';
import { submitForm } from '../forms/submit-form';
import type { EditedProposalQuery, NewProposalQuery } from '../graphql/generated/graphql';
import { PageDataError } from '../graphql/graphql-failure';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { formBody, WebReply, WebRequest } from '../http/web-request';
import { layoutQuery } from '../layout/layout-data';
import { links, PATHS, proposalFormLinks } from '../routes/paths';
import {
  actionOf,
  PROPOSAL_FORM,
  ProposalField,
  submissionIdOf,
  submitInput,
  updateInput,
  valuesOf,
  WITHDRAW_FORM,
} from './proposal-form';
import {
  editedProposalQuery,
  newProposalQuery,
  previewProposalBodyQuery,
  publishProposalMutation,
  submitProposalMutation,
  updateProposalMutation,
  withdrawProposalMutation,
} from './proposal-form.documents';
import { EditProposalPage, NewProposalPage } from './proposal-editor.page';
import { WithdrawProposalPage } from './proposal-editor-withdraw.page';

/** The preview's one argument is `body`, not `input.body`: its refusals go to the description all the same. */
const PREVIEW_FORM: FormSpec<ProposalField> = {
  fields: { ...PROPOSAL_FORM.fields, body: { ...PROPOSAL_FORM.fields.body, path: 'body' } },
};

interface Shown {
  form: FormView<ProposalField>;
  preview?: string;
}

/**
 * Submitting a proposal (draft or published at once), editing it while no
 * one supports it, publishing a draft, withdrawing it with a reason. Every
 * action posts its form, and the page that follows is reached by a 303
 * (Post/Redirect/Get) with its status message; refusals show the form again
 * with what was typed.
 */
@Controller()
export class ProposalEditorController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.newProposal)
  async newPage(@Param('id') consultationId: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const options = await this.graphql.query(req, reply, newProposalQuery, { consultationId });
    await this.showNew(req, reply, options, { form: emptyForm() }, submissionIdOf());
  }

  @WebPost(PATHS.newProposal)
  async submit(@Param('id') consultationId: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const options = await this.graphql.query(req, reply, newProposalQuery, { consultationId });
    const body = formBody(req);
    const action = actionOf(body);
    const submissionId = submissionIdOf(body);
    if (action === 'preview' || action === 'save')
      return this.showNew(req, reply, options, await this.preview(req, reply, body), submissionId);
    const draft = action === 'draft';
    const result = await submitForm(PROPOSAL_FORM, body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, submitProposalMutation, {
        input: submitInput(options.consultation.id, values, submissionId, draft),
      }),
    );
    if (!result.ok) return this.showNew(req, reply, options, { form: result.view }, submissionId, 400);
    if (draft) return this.pages.redirect(reply, proposalFormLinks.myProposals(), 'proposalForm.flash.draftSaved');
    await this.afterPublishing(reply, result.data.submitProposal.id);
  }

  @WebGet(PATHS.editProposal)
  async editPage(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const proposal = await this.ownProposal(req, reply, id);
    const options = await this.options(req, reply, proposal);
    await this.showEdit(req, reply, proposal, options, { form: emptyForm(valuesOf(proposal)) });
  }

  /** "Enregistrer" saves; "Publier" (drafts) saves, then publishes. */
  @WebPost(PATHS.editProposal)
  async edit(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const proposal = await this.ownProposal(req, reply, id);
    const options = await this.options(req, reply, proposal);
    const body = formBody(req);
    const action = actionOf(body);
    // Locked meanwhile (a first support): the page says so instead of the form.
    if (!proposal.editable) return this.showEdit(req, reply, proposal, options, { form: emptyForm() }, 409);
    if (action === 'preview' || action === 'draft')
      return this.showEdit(req, reply, proposal, options, await this.preview(req, reply, body));
    const i18n = this.pages.translator(req);
    const saved = await submitForm(PROPOSAL_FORM, body, i18n, (values) =>
      this.graphql.mutate(req, reply, updateProposalMutation, { input: updateInput(proposal.id, values) }),
    );
    if (!saved.ok) return this.showEdit(req, reply, proposal, options, { form: saved.view }, 400);
    if (action === 'save' || proposal.status !== 'DRAFT')
      return this.pages.redirect(reply, proposalFormLinks.myProposals(), 'proposalForm.flash.saved');
    const published = await this.graphql.mutate(req, reply, publishProposalMutation, { id: proposal.id });
    // Published by the first of two clicks: the second finds it done, which is what it asked for.
    if (published.ok || (await this.statusOf(req, reply, proposal.id)) !== 'DRAFT')
      return this.afterPublishing(reply, proposal.id);
    const form = formFromFailures(PROPOSAL_FORM, saved.values, published.failures, i18n);
    await this.showEdit(req, reply, proposal, options, { form }, 400);
  }

  @WebGet(PATHS.withdrawProposal)
  async withdrawPage(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const proposal = await this.ownProposal(req, reply, id);
    await this.showWithdraw(req, reply, proposal, emptyForm());
  }

  @WebPost(PATHS.withdrawProposal)
  async withdraw(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const proposal = await this.ownProposal(req, reply, id);
    const result = await submitForm(WITHDRAW_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, withdrawProposalMutation, {
        input: { proposalId: proposal.id, reason: values.reason },
      }),
    );
    // A second click finds it withdrawn by the first: done, as asked.
    if (result.ok || (await this.statusOf(req, reply, proposal.id)) === 'WITHDRAWN')
      return this.pages.redirect(reply, proposalFormLinks.myProposals(), 'proposalForm.flash.withdrawn');
    await this.showWithdraw(req, reply, proposal, result.view, 400);
  }

  /** "Prévisualiser": the description rendered by the API as its page will show it; nothing is stored. */
  private async preview(req: WebRequest, reply: WebReply, body: Record<string, unknown>): Promise<Shown> {
    const values = readForm(PROPOSAL_FORM, body);
    const i18n = this.pages.translator(req);
    if (values.body.trim() === '')
      return {
        form: { values, errors: [{ field: 'body', text: i18n.t('proposalForm.field.body.required') }], general: [] },
      };
    const result = await this.graphql.mutate(req, reply, previewProposalBodyQuery, { body: values.body });
    if (!result.ok) return { form: formFromFailures(PREVIEW_FORM, values, result.failures, i18n) };
    return { form: emptyForm(values), preview: result.data.previewProposalBody };
  }

  /** Someone else's proposal is not theirs to change: the 403 page, before any form. */
  private async ownProposal(req: WebRequest, reply: WebReply, id: string): Promise<EditedProposalQuery['proposal']> {
    const data = await this.graphql.query(req, reply, editedProposalQuery, { id });
    if (data.proposal.author.id !== data.me?.id)
      throw new PageDataError({ code: 'FORBIDDEN', message: 'Not the author', fields: [], details: {} });
    return data.proposal;
  }

  private async statusOf(req: WebRequest, reply: WebReply, id: string): Promise<string> {
    return (await this.ownProposal(req, reply, id)).status;
  }

  private options(req: WebRequest, reply: WebReply, proposal: EditedProposalQuery['proposal']) {
    return this.graphql.query(req, reply, newProposalQuery, { consultationId: proposal.consultationId });
  }

  /** The proposal's page once it exists (issue #18's other half), My proposals until then. */
  private afterPublishing(reply: WebReply, id: string): Promise<void> {
    const target = links.proposal ? links.proposal(id) : proposalFormLinks.myProposals();
    return this.pages.redirect(reply, target, 'proposalForm.flash.published');
  }

  private showNew(
    req: WebRequest,
    reply: WebReply,
    options: NewProposalQuery,
    shown: Shown,
    submissionId: string,
    status = 200,
  ): Promise<void> {
    const page = h(NewProposalPage, { options, ...shown, submissionId, now: new Date() });
    return this.pages.send(req, reply, options, page, status);
  }

  private showEdit(
    req: WebRequest,
    reply: WebReply,
    proposal: EditedProposalQuery['proposal'],
    options: NewProposalQuery,
    shown: Shown,
    status = 200,
  ): Promise<void> {
    return this.pages.send(req, reply, options, h(EditProposalPage, { proposal, options, ...shown }), status);
  }

  private async showWithdraw(
    req: WebRequest,
    reply: WebReply,
    proposal: EditedProposalQuery['proposal'],
    form: FormView<'reason'>,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, h(WithdrawProposalPage, { proposal, form }), status);
  }
}
