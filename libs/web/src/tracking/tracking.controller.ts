import { Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h } from 'preact';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { requireSignedIn } from '../errors/web-errors.service';
import { UnhandledFailure } from '../forms/form';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { formBody, queryParam, WebReply, WebRequest } from '../http/web-request';
import { mapView } from '../map/map-settings';
import { PATHS, trackingLinks } from '../routes/paths';
import { MyTrackedItemsPage } from './my-tracked-items.page';
import { TrackedItemListPage } from './tracked-item-list.page';
import { TrackedItemPage } from './tracked-item.page';
import {
  followTrackedItemMutation,
  myTrackingNotificationsQuery,
  trackedItemQuery,
  trackedItemsQuery,
} from './tracking.documents';
import { listFilters } from './tracking-view';

/**
 * Tracking of funded projects and accepted proposals: the list (by status and
 * district, with a map of the placed items) and each item's page.
 */
@Controller()
export class TrackingController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.trackedItems)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const { status, districtId, after } = listFilters((name) => queryParam(req, name));
    const data = await this.graphql.query(req, reply, trackedItemsQuery, {
      statuses: status ? [status] : undefined,
      districtId,
      after,
    });
    const map = mapView(data, this.config);
    const page = h(TrackedItemListPage, { data, status, districtId, map });
    await this.pages.send(req, reply, data, page, 200, map ? [map.origin] : []);
  }

  @WebGet(PATHS.trackedItem)
  async item(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, trackedItemQuery, { id });
    await this.pages.send(req, reply, data, h(TrackedItemPage, { data }));
  }

  /** Post/Redirect/Get: the item page again, with the outcome said once. */
  @WebPost(PATHS.trackedItemFollow)
  async follow(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const follow = formBody(req).follow !== 'false';
    const result = await this.graphql.mutate(req, reply, followTrackedItemMutation, {
      input: { trackedItemId: id, follow },
    });
    // Nothing here for a form to show: an unknown item or a refused write is an error page.
    if (!result.ok) throw new UnhandledFailure(result.failures[0]);
    await this.pages.redirect(
      reply,
      trackingLinks.trackedItem(id),
      follow ? 'tracking.flash.followed' : 'tracking.flash.unfollowed',
    );
  }

  @WebGet(PATHS.myTrackedItems)
  async mine(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.graphql.query(req, reply, myTrackingNotificationsQuery);
    await this.pages.send(req, reply, data, h(MyTrackedItemsPage, { data }));
  }
}
