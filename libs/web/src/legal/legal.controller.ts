import { Controller, Inject, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h } from 'preact';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet } from '../http/web-route.decorators';
import type { WebReply, WebRequest } from '../http/web-request';
import { layoutQuery } from '../layout/layout-data';
import { PATHS } from '../routes/paths';
import { AccessibilityPage } from './accessibility.page';
import { legalQuery } from './legal.query';
import { LegalNoticePage } from './legal-notice.page';
import { PersonalDataPage } from './personal-data.page';
import { SiteMapPage } from './site-map.page';

/** The pages a French municipality must publish, from its settings, and the site map. */
@Controller()
export class LegalController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @WebGet(PATHS.legalNotice)
  async legalNotice(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, legalQuery);
    await this.pages.send(req, reply, data, h(LegalNoticePage, { data }));
  }

  @WebGet(PATHS.personalData)
  async personalData(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, legalQuery);
    const retention = {
      reporterContactDays: this.config.privacy.reporterContactRetentionDays,
      sessionIdleHours: this.config.sessions.idleHours,
      sessionMaxDays: this.config.sessions.maxDays,
    };
    await this.pages.send(req, reply, data, h(PersonalDataPage, { data, retention }));
  }

  @WebGet(PATHS.accessibility)
  async accessibility(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, legalQuery);
    await this.pages.send(req, reply, data, h(AccessibilityPage, { data }));
  }

  @WebGet(PATHS.siteMap)
  async siteMap(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, h(SiteMapPage, {}));
  }
}
