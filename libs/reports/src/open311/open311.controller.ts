import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseFilters } from '@nestjs/common';
import { LimitedWrite, Public } from '@quorum/access';
import { NotFoundException, ValidationFailedException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import type { FastifyReply } from 'fastify';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { reportsErrors } from '../errors/reports.exception';
import { photoPath } from '../photos/photo-storage.service';
import { ApiKeyService } from '../services/api-key.service';
import { CategoryService } from '../services/category.service';
import { IssueReportService } from '../services/issue-report.service';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { Open311Format, parseFormat, render, splitFormat } from './open311-format';
import { parsePostRequest } from './open311-post-request';
import { Open311Params, RawParams, singleParam, singleParams } from './open311-query';
import { Open311RequestsRepository } from '../repositories/open311-requests.repository';
import { OPEN311_CLOSED, OPEN311_OPEN } from './open311-status';
import { toRequestUpdate, toService, toServiceDefinition, toServiceRequest } from './open311.mapper';

const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const CHANGESET = '2026-11-21T00:00:00+00:00';

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), each resource in .json and .xml.
 * Absolute URLs start with `PUBLIC_URL`, never with the request's Host header (which the client chooses).
 */
@Public()
@UseFilters(Open311ExceptionFilter)
@Controller('open311/v2')
export class Open311Controller {
  constructor(
    private readonly categories: CategoryService,
    private readonly reports: IssueReportService,
    private readonly requests: Open311RequestsRepository,
    private readonly apiKeys: ApiKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('discovery.:format')
  discovery(@Param('format') format: string, @Res() reply: FastifyReply): FastifyReply {
    const body = {
      changeset: CHANGESET,
      contact: '',
      key_service: 'Ask the town hall for an api_key (created with `apikey:create`).',
      endpoints: [
        {
          specification: SPECIFICATION,
          url: `${this.config.http.publicUrl}/open311/v2`,
          changeset: CHANGESET,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    };
    return send(reply, parseFormat(format), 'discovery', body);
  }

  @Get('services.:format')
  async services(@Param('format') format: string, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const body = (await this.categories.listActive()).map(toService);
    return send(reply, parseFormat(format), 'services', body);
  }

  @Get('services/:file')
  async service(@Param('file') file: string, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const { name, format } = splitFormat(file);
    const category = await this.categories.findByCode(name);
    if (!category?.active) throw new NotFoundException('Service', name);
    return send(reply, format, 'service_definition', toServiceDefinition(category));
  }

  @LimitedWrite()
  @Post('requests.:format')
  async create(
    @Param('format') format: string,
    @Body() body: RawParams | undefined,
    @Query() query: RawParams | undefined,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const fmt = parseFormat(format);
    const form = body ?? {};
    const queryKey = singleParams(query).api_key; // checked even when the form has one: a repetition is refused
    const apiKeyId = await this.apiKeys.verify(singleParam(form, 'api_key') ?? queryKey);
    if (!apiKeyId) throw reportsErrors.invalidApiKey();
    const report = await this.reports.submit(parsePostRequest(form, apiKeyId));
    // The spec: `token` "should not be returned" with a service_request_id, which Quorum always has at once.
    const created = [{ service_request_id: report.id, service_notice: '', account_id: '' }];
    return send(reply.status(201), fmt, 'service_requests', created);
  }

  @Get('requests.:format')
  async list(
    @Param('format') format: string,
    @Query() raw: RawParams | undefined,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const fmt = parseFormat(format);
    const query = singleParams(raw);
    const found = await this.requests.find({
      ids: list(query.service_request_id),
      serviceCodes: list(query.service_code),
      startDate: date(query, 'start_date'),
      endDate: date(query, 'end_date'),
      statuses: list(query.status)?.flatMap(statusesOf),
    });
    return send(reply, fmt, 'service_requests', await this.present(found, query.extensions === 'true'));
  }

  @Get('requests/:file')
  async one(
    @Param('file') file: string,
    @Query() raw: RawParams | undefined,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const { name, format } = splitFormat(file);
    const query = singleParams(raw);
    const [report] = await this.requests.find({ ids: [name] });
    if (!report) throw new NotFoundException('Service request', name);
    return send(reply, format, 'service_requests', await this.present([report], query.extensions === 'true'));
  }

  @Get('tokens/:file')
  /** Tokens were given out before requests got their id in the POST answer: they still resolve. */
  async token(@Param('file') file: string, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const { name, format } = splitFormat(file);
    const report = await this.reports.findByToken(name);
    if (!report) throw new NotFoundException('Token', name);
    return send(reply, format, 'service_requests', [{ service_request_id: report.id, token: report.token }]);
  }

  /** FixMyStreet's extension: status updates over a date window. */
  @Get('servicerequestupdates.:format')
  async updates(
    @Param('format') format: string,
    @Query() raw: RawParams | undefined,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const fmt = parseFormat(format);
    const query = singleParams(raw);
    const updates = await this.requests.updates(date(query, 'start_date'), date(query, 'end_date'));
    return send(
      reply,
      fmt,
      'service_request_updates',
      updates.map((u) => toRequestUpdate(u, query.extensions === 'true')),
    );
  }

  private async present(reports: IssueReportEntity[], extensions: boolean) {
    const ids = reports.map((r) => r.id);
    const [notes, photos] = await Promise.all([this.requests.lastNotes(ids), this.requests.firstPhotos(ids)]);
    return reports.map((report) => {
      const photoId = photos.get(report.id);
      const mediaUrl = photoId ? `${this.config.http.publicUrl}${photoPath({ id: photoId })}` : null;
      return toServiceRequest(report, { lastNote: notes.get(report.id) ?? null, mediaUrl, extensions });
    });
  }
}

function send(reply: FastifyReply, format: Open311Format, root: string, body: unknown): FastifyReply {
  const { contentType, payload } = render(format, root, body);
  return reply.header('content-type', contentType).send(payload);
}

function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

function date(query: Open311Params, name: string): Date | undefined {
  // A '+' offset arrives as a space when clients forget to percent-encode it.
  const raw = query[name]?.replace(' ', '+');
  if (!raw) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(time))
    throw ValidationFailedException.forField(name, 'must be a W3C datetime, e.g. 2026-11-01T00:00:00Z');
  return new Date(time);
}

function statusesOf(status: string) {
  if (status === 'open') return [...OPEN311_OPEN];
  if (status === 'closed') return [...OPEN311_CLOSED];
  throw ValidationFailedException.forField('status', 'must be open or closed');
}
