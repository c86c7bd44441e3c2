import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { queryParam, type WebReply, type WebRequest } from '../../http/web-request';
import { StaffGet } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { DASHBOARD_PERIODS, DashboardPage, type DashboardPeriod } from './dashboard.page';
import { staffDashboardQuery } from './dashboard.documents';

/** `?jours=` among the periods offered; 30 days otherwise. */
function period(req: WebRequest): DashboardPeriod {
  const days = Number(queryParam(req, 'jours'));
  return DASHBOARD_PERIODS.find((p) => p === days) ?? 30;
}

/** The dashboard (issue #21, point 8): participation over time, turnout, reports; small groups withheld by the API. */
@Controller()
export class DashboardController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.dashboard)
  async dashboard(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const days = period(req);
    const data = await this.graphql.query(req, reply, staffDashboardQuery, { days });
    await this.pages.send(req, reply, data, h(DashboardPage, { data, days }));
  }
}
