import { Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { isUuid } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h } from 'preact';
import { emptyForm, FieldMessage, formFromFailures, FormView, missingFields, readForm } from '../../forms/form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import type { StaffTrackedItemQuery } from '../../graphql/generated/graphql';
import { PageRenderer } from '../../http/page-renderer.service';
import { readStreamedForm, streamedPhotoLimits } from '../../http/streamed-form';
import { formBody, queryParam, type WebReply, type WebRequest } from '../../http/web-request';
import { mapView } from '../../map/map-settings';
import { PhotoUploads, ReceivedPhoto } from '../../reports/photo-uploads.service';
import { staffLinks } from '../../routes/paths';
import { isTrackedStatus } from '../../tracking/tracking-view';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet, StaffPost, StaffUpload } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import type { UploadRequest } from '../../http/upload-csrf.guard';
import {
  atTheirFields,
  centsToEuros,
  DELIBERATION_FORM,
  DeliberationField,
  deliberationInput,
  ITEM_FORM,
  ItemField,
  itemInput,
  NEWS_FORM,
  NewsField,
  PHOTO_SLOTS,
  PhotoSlot,
  unreadableNumbers,
} from './staff-tracking-forms';
import {
  staffAddTrackedItemUpdateMutation,
  staffLinkDeliberationMutation,
  staffTrackedItemQuery,
  staffTrackedItemsQuery,
  staffUpdateTrackedItemMutation,
} from './staff-tracking.documents';
import { DeliberationPage } from './deliberation.page';
import { KeptPhotos, photoSlot, readNewsPhotos } from './news-photos';
import { StaffTrackedItemPage } from './staff-tracked-item.page';
import { StaffTrackedItemsPage, TrackedItemFilters } from './staff-tracked-items.page';
import { TrackedItemNewsPage } from './tracked-item-news.page';

/** The list's filters from its query string: values the API would refuse are dropped rather than shown as an error. */
function readFilters(req: WebRequest): TrackedItemFilters {
  const status = queryParam(req, 'statut');
  const district = queryParam(req, 'quartier') ?? '';
  const year = queryParam(req, 'annee') ?? '';
  return {
    status: isTrackedStatus(status) ? status : undefined,
    districtId: isUuid(district) ? district : undefined,
    year: /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2200 ? year : undefined,
  };
}

/** Today in the commune, as a date field takes it. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** An item's fields as its form shows them: amounts in euros, empty for what is not known. */
function itemValues(item: StaffTrackedItemQuery['trackedItem']): Record<ItemField, string> {
  return {
    title: item.title,
    status: item.status,
    abandonReason: item.abandonReason ?? '',
    progressPercent: String(item.progressPercent),
    plannedStartOn: item.plannedStartOn ?? '',
    plannedEndOn: item.plannedEndOn ?? '',
    actualStartOn: item.actualStartOn ?? '',
    actualEndOn: item.actualEndOn ?? '',
    committed: centsToEuros(item.committedCents),
    spent: centsToEuros(item.spentCents),
    department: item.department ?? '',
    latitude: item.latitude === null || item.latitude === undefined ? '' : String(item.latitude),
    longitude: item.longitude === null || item.longitude === undefined ? '' : String(item.longitude),
  };
}

/**
 * Tracking of funded projects in the back office (issue #21 for issue #24):
 * the list with the API's filters, each item's fields, its public news with
 * photos, and the council's deliberations. Each action is a form
 * (Post/Redirect/Get) that the API records in the public audit log.
 */
@Controller()
export class StaffTrackingController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    private readonly photos: PhotoUploads,
  ) {}

  @StaffGet(STAFF_ROUTES.trackedItems)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const filters = readFilters(req);
    const after = afterCursor(req);
    const result = await this.graphql.execute(req, reply, staffTrackedItemsQuery, {
      statuses: filters.status ? [filters.status] : undefined,
      districtId: filters.districtId,
      // Only when chosen: the API reads a year given as null as "the year is null", which matches nothing.
      ...(filters.year ? { year: Number(filters.year) } : {}),
      after,
    });
    await sendListPage(this.pages, req, reply, { result, after, firstPage: staffLinks.trackedItems(filters) }, (data) =>
      h(StaffTrackedItemsPage, { data, filters, paged: !!after }),
    );
  }

  @StaffGet(STAFF_ROUTES.trackedItem)
  async item(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showItem(req, reply, id, null);
  }

  @StaffPost(STAFF_ROUTES.trackedItemUpdate)
  async update(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const values = readForm(ITEM_FORM, req.body);
    const input = itemInput(id, values);
    let form = missingFields(ITEM_FORM, values, i18n) ?? unreadableNumbers(ITEM_FORM, values, input, i18n);
    if (!form) {
      const result = await this.graphql.mutate(req, reply, staffUpdateTrackedItemMutation, { input });
      if (result.ok) return this.pages.redirect(reply, staffLinks.trackedItem(id), 'staffTracking.flash.updated');
      form = formFromFailures(ITEM_FORM, values, atTheirFields(result.failures), i18n);
    }
    await this.showItem(req, reply, id, form, 400);
  }

  @StaffGet(STAFF_ROUTES.trackedItemNews)
  async news(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const form = emptyForm<NewsField>({ occurredOn: today(this.pages.translator(req).timeZone) });
    await this.showNews(req, reply, id, form, {});
  }

  /**
   * The photos first (each through the API's upload, as a report's, streamed
   * as they arrive), kept across a refusal so that they are not chosen again;
   * then the news.
   */
  @StaffUpload(STAFF_ROUTES.trackedItemAddNews, streamedPhotoLimits(PHOTO_SLOTS.length))
  async addNews(@Param('id') id: string, @Req() req: UploadRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const { body, received } = await this.readNewsForm(req);
    const photos = readNewsPhotos(body, received);
    const values = readForm(NEWS_FORM, body);
    const uploadErrors: FieldMessage<NewsField>[] = photos.problems.map((p) => ({
      field: p.field,
      text: i18n.t(p.problem),
    }));
    const missing = missingFields(NEWS_FORM, values, i18n);
    let form: FormView<NewsField> | null =
      missing || uploadErrors.length > 0
        ? { values, errors: [...(missing?.errors ?? []), ...uploadErrors], general: [] }
        : null;
    if (!form) {
      const attached = PHOTO_SLOTS.filter((slot) => photos.kept[slot]);
      const result = await this.graphql.mutate(req, reply, staffAddTrackedItemUpdateMutation, {
        input: {
          trackedItemId: id,
          body: values.body,
          occurredOn: values.occurredOn.trim(),
          photoIds: attached.map((slot) => photos.kept[slot]!.id),
          photoAlts: attached.map((slot) => values[`photoAlt${slot}`].trim()),
        },
      });
      if (result.ok) return this.pages.redirect(reply, staffLinks.trackedItem(id), 'staffTracking.flash.news');
      form = formFromFailures(NEWS_FORM, values, result.failures, i18n);
    }
    // Errors in the order of the form, as the summary lists them.
    const order = Object.keys(NEWS_FORM.fields);
    form.errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    await this.showNews(req, reply, id, form, photos.kept, 400);
  }

  /**
   * The news form's fields, and each photo chosen as the API received it. A
   * form sent without files (urlencoded) is read as any other. A body the
   * parser refuses (broken, more files than slots) gets the expired-form
   * page, as any unreadable form: photos already stored from it are left
   * unattached, for the retention purge of unattached photos.
   */
  private async readNewsForm(
    req: UploadRequest,
  ): Promise<{ body: Record<string, unknown>; received: Partial<Record<PhotoSlot, ReceivedPhoto>> }> {
    if (!req.uploadParts) return { body: formBody(req), received: {} };
    const received: Partial<Record<PhotoSlot, ReceivedPhoto>> = {};
    const body = await readStreamedForm(req.uploadParts, async (file) => {
      const slot = photoSlot(file.fieldname);
      // Another file, or a slot's second one, is dropped unread (the parser's limits bound it).
      if (!slot || received[slot]) return;
      const photo = await this.photos.receiveStream(req, file);
      if (photo) received[slot] = photo;
    });
    return { body, received };
  }

  @StaffGet(STAFF_ROUTES.trackedItemDeliberation)
  async deliberation(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showDeliberation(req, reply, id, emptyForm());
  }

  @StaffPost(STAFF_ROUTES.trackedItemLinkDeliberation)
  async linkDeliberation(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const values = readForm(DELIBERATION_FORM, req.body);
    const input = deliberationInput(id, values);
    let form =
      missingFields(DELIBERATION_FORM, values, i18n) ?? unreadableNumbers(DELIBERATION_FORM, values, input, i18n);
    if (!form) {
      const result = await this.graphql.mutate(req, reply, staffLinkDeliberationMutation, { input });
      if (result.ok) return this.pages.redirect(reply, staffLinks.trackedItem(id), 'staffTracking.flash.deliberation');
      form = formFromFailures(DELIBERATION_FORM, values, result.failures, i18n);
    }
    await this.showDeliberation(req, reply, id, form, 400);
  }

  private async showItem(
    req: WebRequest,
    reply: WebReply,
    id: string,
    form: FormView<ItemField> | null,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffTrackedItemQuery, { id });
    const map = mapView(data, this.config);
    const shown = form ?? emptyForm(itemValues(data.trackedItem));
    await this.pages.send(
      req,
      reply,
      data,
      h(StaffTrackedItemPage, { data, form: shown, map }),
      status,
      map ? [map.origin] : [],
    );
  }

  private async showNews(
    req: WebRequest,
    reply: WebReply,
    id: string,
    form: FormView<NewsField>,
    kept: KeptPhotos,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffTrackedItemQuery, { id });
    await this.pages.send(req, reply, data, h(TrackedItemNewsPage, { item: data.trackedItem, form, kept }), status);
  }

  private async showDeliberation(
    req: WebRequest,
    reply: WebReply,
    id: string,
    form: FormView<DeliberationField>,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffTrackedItemQuery, { id });
    await this.pages.send(req, reply, data, h(DeliberationPage, { item: data.trackedItem, form }), status);
  }
}
