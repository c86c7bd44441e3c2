import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet } from '../http/web-route.decorators';
import { queryParam, WebReply, WebRequest } from '../http/web-request';
import { knownId } from '../proposals/known-id';
import { PATHS } from '../routes/paths';
import { ConsultationListPage } from './consultation-list.page';
import { ConsultationPage } from './consultation.page';
import { consultationQuery, consultationsQuery } from './consultations.documents';

/** The consultations: the list by stage (and district), and a consultation's page. */
@Controller()
export class ConsultationsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.consultations)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, consultationsQuery);
    // An unknown district shows every consultation, as "all districts" does.
    const asked = queryParam(req, 'quartier');
    const districtId = data.municipality.districts.some((d) => d.id === asked) ? asked : undefined;
    await this.pages.send(req, reply, data, h(ConsultationListPage, { data, districtId, now: new Date() }));
  }

  @WebGet(PATHS.consultation)
  async consultation(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, consultationQuery, { id: knownId(id) });
    await this.pages.send(req, reply, data, h(ConsultationPage, { data, now: new Date() }));
  }
}
