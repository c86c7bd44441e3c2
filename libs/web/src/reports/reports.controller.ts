import { Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h } from 'preact';
import { FieldMessage, formFromFailures, FormSpec } from '../forms/form';
import { GraphqlFailure, PageDataError } from '../graphql/graphql-failure';
import type { NewReportQuery } from '../graphql/generated/graphql';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { readStreamedForm, StreamedFile, streamedPhotoLimits } from '../http/streamed-form';
import type { UploadRequest } from '../http/upload-csrf.guard';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { WebUpload } from '../http/web-upload.decorator';
import { formBody, queryParam, WebReply, WebRequest } from '../http/web-request';
import type { MessageKey } from '../i18n/catalogue';
import { PATHS, reportLinks } from '../routes/paths';
import { mapView } from '../map/map-settings';
import { communeBias, Geocoder } from './geocoder.service';
import { IssueReportPage } from './issue-report.page';
import { NewReportDetailsPage } from './new-report-details.page';
import { AddressSearch, NewReportPlacePage } from './new-report-place.page';
import { PhotoPositionReader, Position } from './photo-position';
import { PhotoUploads } from './photo-uploads.service';
import {
  attributeField,
  attributesInput,
  DetailsField,
  parseCoordinate,
  parsePlaceValue,
  PlaceField,
  readDraft,
  ReportCategory,
  ReportDraft,
  viewOf,
} from './report-form';
import {
  issueReportQuery,
  issueReportsQuery,
  issueReportGroupsQuery,
  followIssueReportMutation,
  geocodeBiasQuery,
  unfollowIssueReportMutation,
  myIssueReportsQuery,
  nearbySameCategoryQuery,
  newReportQuery,
  submitIssueReportMutation,
} from './reports.documents';
import { MyReportsPage } from './my-reports.page';
import { DEFAULT_RADIUS, NearOutcome, RADII, REPORT_STATUSES, ReportFilters, ReportListPage } from './report-list.page';
import { requireSignedIn } from '../errors/web-errors.service';
import type { IssueReportStatus } from '../graphql/generated/graphql';

const MAX_QUERY_LENGTH = 200;

/** The form's photo as the API received it, with the position read from it on the way; or why it was refused. */
type ReceivedReportPhoto = { id: string; url: string; position: Position | null } | { problem: MessageKey };
const PLACE_ORDER: PlaceField[] = ['adresse', 'place', 'latitude', 'longitude', 'photo', 'categoryCode'];

/** The API's answers to the details step, for the fields formFromFailures knows by path. */
const DETAILS_FORM: FormSpec<'description' | 'email'> = {
  fields: {
    description: { path: 'input.description', invalid: 'reports.field.description.invalid' },
    email: { path: 'input.email', invalid: 'reports.field.email.invalid' },
  },
};

/** Refusals of submitIssueReport that concern the first step: shown there, at their field. */
const PLACE_STEP_CODES: Record<string, { field: PlaceField; message: MessageKey }> = {
  OUTSIDE_MUNICIPALITY: { field: 'latitude', message: 'reports.place.outside' },
  UNKNOWN_CATEGORY: { field: 'categoryCode', message: 'reports.field.category.required' },
  PHOTO_UNAVAILABLE: { field: 'photo', message: 'reports.field.photo.refused' },
};

/**
 * Reporting a problem, without JavaScript: step 1 (where: an address found
 * by the geocoder, latitude and longitude, or the photo's GPS position; and
 * the category), step 2 ("already reported?", the category's questions, the
 * description, who), then the report's page. The draft travels in the forms.
 */
@Controller()
export class ReportsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    private readonly geocoder: Geocoder,
    private readonly photos: PhotoUploads,
  ) {}

  @WebGet(PATHS.issueReports)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const filters = readFilters(req);
    const after = queryParam(req, 'apres') || undefined;
    const near = await this.nearOf(req, reply, filters);
    const variables = {
      categoryCodes: filters.category ? [filters.category] : null,
      statuses: filters.status ? [filters.status] : null,
      districtId: filters.district ?? null,
      near: near?.ok ? { latitude: near.latitude, longitude: near.longitude, radiusMeters: near.radiusMeters } : null,
    };
    const data = await this.graphql.query(req, reply, issueReportsQuery, { ...variables, after: after ?? null });
    const map = mapView(data, this.config);
    // More than a page: the map counts them all per sector, unless the circle is already the smallest.
    const grouped =
      map !== null &&
      (data.issueReports.pageInfo.hasNextPage || after !== undefined) &&
      !(near?.ok && near.radiusMeters === Math.min(...RADII));
    const bounds = data.municipality.bounds;
    const groups = grouped
      ? (
          await this.graphql.query(req, reply, issueReportGroupsQuery, {
            ...variables,
            // The grid over the circle's square (the API's default), or else over the commune's box.
            box:
              near?.ok || !bounds
                ? null
                : { south: bounds.south, west: bounds.west, north: bounds.north, east: bounds.east },
          })
        ).issueReportGroups
      : null;
    const page = h(ReportListPage, { data, filters, near, after, map, groups });
    await this.pages.send(req, reply, data, page, 200, map ? [map.origin] : []);
  }

  /** The circle of the list: around the address searched, or the coordinates given; or why there is none. */
  private async nearOf(req: WebRequest, reply: WebReply, filters: ReportFilters): Promise<NearOutcome | null> {
    const radiusMeters = filters.radiusMeters;
    const query = (filters.address ?? '').trim().slice(0, MAX_QUERY_LENGTH);
    if (query.length >= 3) {
      const { municipality } = await this.graphql.query(req, reply, geocodeBiasQuery);
      const outcome = await this.geocoder.search(query, communeBias(municipality));
      if (!outcome.ok) return { ok: false, problem: 'unavailable', query };
      const [first] = outcome.addresses;
      if (!first) return { ok: false, problem: 'notFound', query };
      return { ok: true, latitude: first.latitude, longitude: first.longitude, radiusMeters, label: first.label };
    }
    if (query.length > 0) return { ok: false, problem: 'notFound', query };
    if (!filters.latitude && !filters.longitude) return null;
    const latitude = parseCoordinate(filters.latitude ?? '');
    const longitude = parseCoordinate(filters.longitude ?? '');
    if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
      return { ok: false, problem: 'invalid', query: '' };
    return { ok: true, latitude, longitude, radiusMeters, label: null };
  }

  @WebGet(PATHS.myIssueReports)
  async mine(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.graphql.query(req, reply, myIssueReportsQuery);
    await this.pages.send(req, reply, data, h(MyReportsPage, { data }));
  }

  @WebGet(PATHS.newIssueReport)
  async newReport(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, newReportQuery);
    if (queryParam(req, 'reprendre') === '1') return this.resume(req, reply, data);
    const query = queryParam(req, 'adresse') ?? '';
    const errors: FieldMessage<PlaceField>[] = [];
    if (query.length > MAX_QUERY_LENGTH) errors.push(this.error(req, 'adresse', 'reports.search.tooLong'));
    const search = errors.length > 0 ? { query: '', outcome: null } : await this.search(query, data);
    await this.showPlace(req, reply, data, { search, draft: readDraft({}, undefined), chosenPlace: '', errors });
  }

  /** Step 1 (multipart, with its photo streamed) or step 2 (urlencoded). */
  @WebUpload(PATHS.newIssueReport, streamedPhotoLimits(1))
  async post(@Req() req: UploadRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, newReportQuery);
    const { body, photo } = await this.readReportForm(req);
    if (body.step === 'details') return this.details(req, reply, data, body);
    return this.place(req, reply, data, body, photo);
  }

  /**
   * The form's fields, and its photo as the API received it (read as it
   * arrived, see readStreamedForm). A form sent without a file (urlencoded)
   * is read as any other. A body the parser refuses (broken, a second file)
   * gets the expired-form page, as any unreadable form.
   */
  private async readReportForm(
    req: UploadRequest,
  ): Promise<{ body: Record<string, unknown>; photo: ReceivedReportPhoto | null }> {
    if (!req.uploadParts) return { body: formBody(req), photo: null };
    let photo: ReceivedReportPhoto | null = null;
    const body = await readStreamedForm(req.uploadParts, async (file) => {
      // Another file is dropped unread (the parser's limits bound it).
      if (file.fieldname !== 'photo') return;
      photo = await this.receivePhoto(req, file);
    });
    return { body, photo };
  }

  @WebGet(PATHS.issueReport)
  async report(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, issueReportQuery, { id });
    await this.pages.send(req, reply, data, h(IssueReportPage, { data, publicUrl: this.config.http.publicUrl }));
  }

  /** Signed out, the POST went through sign-in, which comes back here with GET: on to the report. */
  @WebGet(PATHS.followIssueReport)
  async followPage(@Param('id') id: string, @Res() reply: WebReply): Promise<void> {
    await this.pages.redirect(reply, reportLinks.issueReport(id));
  }

  @WebPost(PATHS.followIssueReport)
  async follow(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const stop = formBody(req).action === 'unfollow';
    const input = { reportId: id };
    const result = stop
      ? await this.graphql.mutate(req, reply, unfollowIssueReportMutation, { input })
      : await this.graphql.mutate(req, reply, followIssueReportMutation, { input });
    // An unknown report or a malformed id: the page for its code (404...), like any page's data.
    if (!result.ok) throw new PageDataError(result.failures[0]);
    await this.pages.redirect(
      reply,
      reportLinks.issueReport(id),
      stop ? 'reports.flash.unfollowed' : 'reports.flash.followed',
    );
  }

  /**
   * Back from signing in on the second step (reportLinks.resumeReport): the second step again with the
   * first step's answers, or the first step with them when they no longer hold.
   */
  private async resume(req: WebRequest, reply: WebReply, data: NewReportQuery): Promise<void> {
    const photoId = queryParam(req, 'photo') ?? '';
    const draft = readDraft(
      {
        latitude: queryParam(req, 'lat'),
        longitude: queryParam(req, 'lon'),
        address: queryParam(req, 'lieu'),
        categoryCode: queryParam(req, 'categorie'),
        photoId,
        photoUrl: `/reports/photos/${photoId}`,
      },
      undefined,
    );
    if (!draft.photoId) draft.photoUrl = '';
    const category = data.reportCategories.find((c) => c.code === draft.categoryCode);
    const latitude = parseCoordinate(draft.latitude);
    const longitude = parseCoordinate(draft.longitude);
    if (category && latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
      return this.showDetails(req, reply, data, category, readDraft({ ...draft }, category), []);
    const search = { query: '', outcome: null };
    await this.showPlace(req, reply, data, { search, draft, chosenPlace: '', errors: [] });
  }

  /** Step 1 posted: the photo first (its position may be the place), then the place, then the category. */
  private async place(
    req: WebRequest,
    reply: WebReply,
    data: NewReportQuery,
    body: Record<string, unknown>,
    photo: ReceivedReportPhoto | null,
  ) {
    const draft = readDraft(body, undefined);
    const errors: FieldMessage<PlaceField>[] = [];
    if (photo && 'problem' in photo) errors.push(this.error(req, 'photo', photo.problem));
    if (photo && 'id' in photo) Object.assign(draft, { photoId: photo.id, photoUrl: photo.url });
    const chosenPlace = typeof body.place === 'string' ? body.place : '';
    errors.push(...this.readPlace(req, draft, chosenPlace, photo && 'id' in photo ? photo : null));
    if (!data.reportCategories.some((c) => c.code === draft.categoryCode))
      errors.push(this.error(req, 'categoryCode', 'reports.field.category.required'));
    if (errors.length > 0) {
      const search = await this.search(typeof body.adresse === 'string' ? body.adresse : '', data);
      return this.showPlace(req, reply, data, { search, draft, chosenPlace, errors }, 400);
    }
    // What was typed is shown again as typed on a refusal; the next step carries plain numbers.
    draft.latitude = String(parseCoordinate(draft.latitude) ?? draft.latitude);
    draft.longitude = String(parseCoordinate(draft.longitude) ?? draft.longitude);
    const category = data.reportCategories.find((c) => c.code === draft.categoryCode)!;
    await this.showDetails(req, reply, data, category, draft, []);
  }

  /** The place from, in this order: an address chosen, latitude and longitude typed, the photo's position. */
  private readPlace(
    req: WebRequest,
    draft: ReportDraft,
    chosenPlace: string,
    photo: { id: string; position: Position | null } | null,
  ): FieldMessage<PlaceField>[] {
    if (chosenPlace !== '') {
      const address = parsePlaceValue(chosenPlace);
      if (!address) return [this.error(req, 'place', 'reports.field.place.invalid')];
      Object.assign(draft, { latitude: String(address.latitude), longitude: String(address.longitude) });
      draft.address = address.label;
      return [];
    }
    draft.address = '';
    if (draft.latitude !== '' || draft.longitude !== '') {
      const errors: FieldMessage<PlaceField>[] = [];
      const latitude = parseCoordinate(draft.latitude);
      const longitude = parseCoordinate(draft.longitude);
      if (draft.latitude === '') errors.push(this.error(req, 'latitude', 'reports.field.latitude.missing'));
      else if (latitude === null || Math.abs(latitude) > 90)
        errors.push(this.error(req, 'latitude', 'reports.field.latitude.invalid'));
      if (draft.longitude === '') errors.push(this.error(req, 'longitude', 'reports.field.longitude.missing'));
      else if (longitude === null || Math.abs(longitude) > 180)
        errors.push(this.error(req, 'longitude', 'reports.field.longitude.invalid'));
      return errors;
    }
    if (photo?.position) {
      Object.assign(draft, {
        latitude: String(photo.position.latitude),
        longitude: String(photo.position.longitude),
      });
      return [];
    }
    const withoutPosition = photo !== null;
    return [
      this.error(req, 'adresse', withoutPosition ? 'reports.place.photoWithoutPosition' : 'reports.place.required'),
    ];
  }

  /**
   * Uploads through the API as it arrives, and reads the GPS position from
   * the bytes on their way (the API drops it when re-encoding); null for a
   * file input left empty.
   */
  private async receivePhoto(req: WebRequest, file: StreamedFile): Promise<ReceivedReportPhoto | null> {
    const position = new PhotoPositionReader();
    const received = await this.photos.receiveStream(req, file, (chunk) => position.add(chunk));
    if (!received || 'problem' in received) return received;
    return { ...received, position: await position.position() };
  }

  /** Step 2 posted: back to step 1, or the report sent. */
  private async details(req: WebRequest, reply: WebReply, data: NewReportQuery, body: Record<string, unknown>) {
    const category = data.reportCategories.find((c) => c.code === body.categoryCode);
    const draft = readDraft(body, category);
    if (!category || body.action === 'back') {
      const errors = category ? [] : [this.error(req, 'categoryCode', 'reports.field.category.required')];
      const search = { query: '', outcome: null };
      return this.showPlace(req, reply, data, { search, draft, chosenPlace: '', errors }, category ? 200 : 400);
    }
    const missing = this.missingDetails(req, category, draft);
    if (missing.length > 0) return this.showDetails(req, reply, data, category, draft, missing, 400);
    const signedIn = !!req.quorumAuth?.user;
    const result = await this.graphql.mutate(req, reply, submitIssueReportMutation, {
      input: {
        categoryCode: category.code,
        description: draft.description,
        latitude: Number(draft.latitude),
        longitude: Number(draft.longitude),
        address: draft.address || null,
        attributes: attributesInput(category, draft.answers),
        email: signedIn || draft.email === '' ? null : draft.email,
        photoId: draft.photoId || null,
      },
    });
    if (result.ok) {
      return this.pages.redirect(
        reply,
        reportLinks.issueReport(result.data.submitIssueReport.id),
        'reports.flash.submitted',
      );
    }
    const placeFailure = result.failures.find((f) => PLACE_STEP_CODES[f.code] || isPlaceValidation(f));
    if (placeFailure) {
      const known = PLACE_STEP_CODES[placeFailure.code] ?? {
        field: 'latitude',
        message: 'reports.field.latitude.invalid',
      };
      const field = known.field === 'latitude' && draft.address ? 'adresse' : known.field;
      if (known.field === 'photo') Object.assign(draft, { photoId: '', photoUrl: '' });
      const search = { query: '', outcome: null };
      const errors = [this.error(req, field, known.message)];
      return this.showPlace(req, reply, data, { search, draft, chosenPlace: '', errors }, 400);
    }
    const errors: FieldMessage<DetailsField>[] = result.failures
      .filter((f) => f.code === 'INVALID_ATTRIBUTE')
      .map((f) => ({
        field: attributeField(String(f.details.attribute)),
        text: this.pages.translator(req).t('reports.field.attribute.invalid'),
      }));
    const others = result.failures.filter((f) => f.code !== 'INVALID_ATTRIBUTE');
    const view = formFromFailures(
      DETAILS_FORM,
      { description: draft.description, email: draft.email },
      others,
      this.pages.translator(req),
    );
    await this.showDetails(req, reply, data, category, draft, [...errors, ...view.errors], 400, view.general);
  }

  /** Required answers left empty and numbers that are not, before anything is sent. */
  private missingDetails(req: WebRequest, category: ReportCategory, draft: ReportDraft): FieldMessage<DetailsField>[] {
    const errors: FieldMessage<DetailsField>[] = [];
    for (const attribute of [...category.attributes].sort((a, b) => a.order - b.order)) {
      const answer = draft.answers[attribute.code];
      const blank = answer === undefined || answer.length === 0 || (typeof answer === 'string' && answer.trim() === '');
      if (blank && attribute.required)
        errors.push(this.error(req, attributeField(attribute.code), 'reports.field.attribute.required'));
      else if (!blank && attribute.datatype === 'number' && !/^\s*[-+]?\d+([.,]\d+)?\s*$/.test(String(answer)))
        errors.push(this.error(req, attributeField(attribute.code), 'reports.field.attribute.number'));
    }
    if (draft.description.trim() === '')
      errors.push(this.error(req, 'description', 'reports.field.description.required'));
    return errors;
  }

  private async search(query: string, data: NewReportQuery): Promise<AddressSearch> {
    const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
    // The BAN refuses queries shorter than 3 characters.
    if (trimmed.length < 3) return { query: trimmed, outcome: null };
    return { query: trimmed, outcome: await this.geocoder.search(trimmed, communeBias(data.municipality)) };
  }

  private error<N extends string>(req: WebRequest, field: N, message: MessageKey): FieldMessage<N> {
    return { field, text: this.pages.translator(req).t(message) };
  }

  private showPlace(
    req: WebRequest,
    reply: WebReply,
    data: NewReportQuery,
    state: { search: AddressSearch; draft: ReportDraft; chosenPlace: string; errors: FieldMessage<PlaceField>[] },
    status = 200,
  ) {
    const errors = [...state.errors].sort((a, b) => PLACE_ORDER.indexOf(a.field) - PLACE_ORDER.indexOf(b.field));
    const map = mapView(data, this.config);
    const page = h(NewReportPlacePage, {
      categories: data.reportCategories,
      draft: state.draft,
      search: state.search,
      chosenPlace: state.chosenPlace,
      form: viewOf(errors),
      map,
    });
    return this.pages.send(req, reply, data, page, status, map ? [map.origin] : []);
  }

  private async showDetails(
    req: WebRequest,
    reply: WebReply,
    data: NewReportQuery,
    category: ReportCategory,
    draft: ReportDraft,
    errors: FieldMessage<DetailsField>[],
    status = 200,
    general: string[] = [],
  ) {
    const nearby = await this.graphql.query(req, reply, nearbySameCategoryQuery, {
      latitude: Number(draft.latitude),
      longitude: Number(draft.longitude),
      categoryCode: category.code,
    });
    const page = h(NewReportDetailsPage, {
      category,
      draft,
      nearby: nearby.nearbyReports,
      form: viewOf(errors, general),
    });
    await this.pages.send(req, reply, data, page, status);
  }
}

function isPlaceValidation(failure: GraphqlFailure): boolean {
  return (
    failure.code === 'VALIDATION_FAILED' &&
    failure.fields.some((f) => f.field === 'input.latitude' || f.field === 'input.longitude')
  );
}

/** The list's filters from the query string: values the API would refuse are dropped, not shown as an error page. */
function readFilters(req: WebRequest): ReportFilters {
  const category = queryParam(req, 'categorie');
  const status = queryParam(req, 'etat');
  const district = queryParam(req, 'quartier');
  const short = (name: string, max: number): string | undefined => {
    const value = queryParam(req, name)?.trim();
    return value && value.length <= max ? value : undefined;
  };
  const radius = Number(queryParam(req, 'rayon'));
  return {
    category: category && category.length <= 64 ? category : undefined,
    status: REPORT_STATUSES.includes(status as IssueReportStatus) ? (status as IssueReportStatus) : undefined,
    district: district && /^[0-9a-f-]{36}$/i.test(district) ? district : undefined,
    address: short('adresse', MAX_QUERY_LENGTH),
    latitude: short('lat', 30),
    longitude: short('lon', 30),
    radiusMeters: RADII.includes(radius) ? radius : DEFAULT_RADIUS,
  };
}
