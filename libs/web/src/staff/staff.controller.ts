import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import type { WebReply, WebRequest } from '../http/web-request';
import { StaffHomePage } from './staff-home.page';
import { staffHomeQuery } from './staff-home.documents';
import { StaffGet } from './staff-route.decorators';
import { STAFF_ROUTES } from './staff-routes';

/** The back office's home page. */
@Controller()
export class StaffController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.home)
  async home(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, staffHomeQuery);
    await this.pages.send(req, reply, data, h(StaffHomePage, { data }));
  }
}
