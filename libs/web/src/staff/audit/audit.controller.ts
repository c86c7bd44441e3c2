import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { queryParam, WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { AuditLogPage } from './audit-log.page';
import { staffAuditLogQuery } from './audit.documents';

/** The audit log for staff (issue #21, point 7): where every action of the back office can be read back. */
@Controller()
export class StaffAuditController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.audit)
  async log(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    // The field's limit, so a pasted page of text is not sent to the API.
    const action = (queryParam(req, 'action') ?? '').trim().slice(0, 100);
    const after = afterCursor(req);
    // The whole chain is recomputed on request only (a button), not at each page of the log.
    const verify = queryParam(req, 'verifier') === '1';
    const result = await this.graphql.execute(req, reply, staffAuditLogQuery, {
      action: action || undefined,
      after,
      verify,
    });
    await sendListPage(this.pages, req, reply, { result, after, firstPage: staffLinks.audit({ action }) }, (data) =>
      h(AuditLogPage, { data, action, paged: !!after }),
    );
  }
}
