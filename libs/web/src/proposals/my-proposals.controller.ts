import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { requireSignedIn } from '../errors/web-errors.service';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet } from '../http/web-route.decorators';
import { queryParam, WebReply, WebRequest } from '../http/web-request';
import { PATHS } from '../routes/paths';
import { myProposalsQuery, mySupportsQuery } from './my-proposals.documents';
import { MyProposalsPage } from './my-proposals.page';
import { MySupportsPage } from './my-supports.page';

/** My account: the proposals I wrote and the ones I support, 20 a page (`?apres=` the cursor). */
@Controller()
export class MyProposalsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.myProposals)
  async myProposals(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const after = queryParam(req, 'apres');
    const data = await this.graphql.query(req, reply, myProposalsQuery, { after });
    await this.pages.send(req, reply, data, h(MyProposalsPage, { data, paged: after !== undefined }));
  }

  @WebGet(PATHS.mySupports)
  async mySupports(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const after = queryParam(req, 'apres');
    const data = await this.graphql.query(req, reply, mySupportsQuery, { after });
    await this.pages.send(req, reply, data, h(MySupportsPage, { data, paged: after !== undefined }));
  }
}
