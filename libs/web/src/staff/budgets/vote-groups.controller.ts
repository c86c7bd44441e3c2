import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm, type FormSpec, type FormView } from '../../forms/form';
import { submitForm } from '../../forms/submit-form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import type { WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { wholeNumber } from './staff-budget-forms';
import { createVoteGroupMutation, staffVoteGroupsQuery } from './vote-groups.documents';
import { type VoteGroupField, VoteGroupsPage } from './vote-groups.page';

const VOTE_GROUP_FORM: FormSpec<VoteGroupField> = {
  fields: {
    title: {
      path: 'input.title',
      required: 'voteGroups.field.title.required',
      invalid: 'voteGroups.field.title.invalid',
    },
    rule: { path: 'input.rule', required: 'voteGroups.field.rule.required', invalid: 'voteGroups.field.rule.required' },
    maxBudgets: { path: 'input.maxBudgets', invalid: 'voteGroups.field.maxBudgets.invalid' },
  },
};

/** Vote groups in the back office: the list, and a new group (Post/Redirect/Get). */
@Controller()
export class VoteGroupsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.voteGroups)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, emptyForm({ rule: 'EXACTLY_ONE' }));
  }

  @StaffPost(STAFF_ROUTES.voteGroupCreate)
  async create(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await submitForm(VOTE_GROUP_FORM, req.body, this.pages.translator(req), (values) => {
      const max = values.maxBudgets.trim();
      return this.graphql.mutate(req, reply, createVoteGroupMutation, {
        input: {
          title: values.title,
          rule: values.rule as 'EXACTLY_ONE',
          // Said only for "up to N"; the API refuses a number with the other rules, at its field.
          maxBudgets: max === '' ? undefined : (wholeNumber(max) as number),
        },
      });
    });
    if (!result.ok) return this.show(req, reply, result.view, 400);
    await this.pages.redirect(reply, staffLinks.voteGroups(), 'voteGroups.flash.created');
  }

  private async show(req: WebRequest, reply: WebReply, form: FormView<VoteGroupField>, status = 200): Promise<void> {
    const data = await this.graphql.query(req, reply, staffVoteGroupsQuery);
    await this.pages.send(req, reply, data, h(VoteGroupsPage, { data, form }), status);
  }
}
