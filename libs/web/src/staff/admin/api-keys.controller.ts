import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm, formFromFailures, FormSpec, FormView, missingFields, readForm } from '../../forms/form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { formBody, WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { staffApiKeysQuery, staffCreateApiKeyMutation, staffRevokeApiKeyMutation } from './api-keys.documents';
import { ApiKeyField, ApiKeysPage, ApiKeysPageProps } from './api-keys.page';

const CREATE_FORM: FormSpec<ApiKeyField> = {
  fields: {
    nom: { path: 'input.name', required: 'staffAdmin.apiKeys.error.name', invalid: 'staffAdmin.apiKeys.error.name' },
  },
};

const REVOKE_FORM: FormSpec<ApiKeyField> = {
  fields: CREATE_FORM.fields,
  codes: { NOT_FOUND: { message: 'staffAdmin.apiKeys.error.notFound' } },
};

/**
 * Open311 api_keys, for admins (issue #21, point 7). A new key is the POST's
 * answer, not a redirect: only its hash is stored, so it can be shown once,
 * on this response (never cached: pages are no-store).
 */
@Controller()
export class ApiKeysController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.apiKeys)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, { form: emptyForm() });
  }

  @StaffPost(STAFF_ROUTES.apiKeyCreate)
  async create(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const values = readForm(CREATE_FORM, formBody(req));
    const i18n = this.pages.translator(req);
    const missing = missingFields(CREATE_FORM, values, i18n);
    if (missing) return this.show(req, reply, { form: missing }, 400);
    const result = await this.graphql.mutate(req, reply, staffCreateApiKeyMutation, {
      input: { name: values.nom },
    });
    if (!result.ok)
      return this.show(req, reply, { form: formFromFailures(CREATE_FORM, values, result.failures, i18n) }, 400);
    const { key, apiKey } = result.data.createOpen311ApiKey;
    await this.show(req, reply, { form: emptyForm(), created: { name: apiKey.name, key } });
  }

  @StaffPost(STAFF_ROUTES.apiKeyRevoke)
  async revoke(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await this.graphql.mutate(req, reply, staffRevokeApiKeyMutation, { input: { apiKeyId: id } });
    if (result.ok) return this.pages.redirect(reply, staffLinks.apiKeys(), 'staffAdmin.apiKeys.flash.revoked');
    const form: FormView<ApiKeyField> = formFromFailures(
      REVOKE_FORM,
      { nom: '' },
      result.failures,
      this.pages.translator(req),
    );
    // The refusal is said above the list (a made-up id is refused as an unknown one).
    await this.show(req, reply, { form: { ...form, errors: [] } }, 400);
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    props: Omit<ApiKeysPageProps, 'data'>,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffApiKeysQuery);
    await this.pages.send(req, reply, data, h(ApiKeysPage, { data, ...props }), status);
  }
}
