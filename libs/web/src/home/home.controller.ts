import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet } from '../http/web-route.decorators';
import type { WebReply, WebRequest } from '../http/web-request';
import { PATHS } from '../routes/paths';
import { homeQuery } from './home.query';
import { HomePage } from './home.page';

@Controller()
export class HomeController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.home)
  async home(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, homeQuery);
    await this.pages.send(req, reply, data, h(HomePage, { data }));
  }
}
