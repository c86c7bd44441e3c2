import { Public } from '@quorum/access';
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { AuditLogReader } from '@quorum/audit';
import { NotFoundException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import type { SendOptions } from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { catalogEntries, OPEN_DATA_PATH } from '../catalog/catalog-entries';
import { catalogPage } from '../catalog/catalog-page';
import { dcatCatalog } from '../catalog/dcat-catalog';
import { OpenDataFileEntity } from '../entities/open-data-file.entity';
import { filesDirectory, MEDIA_TYPES, storedFileName } from '../files/open-data-files';
import { OpenDataCatalog } from '../services/open-data-catalog';

const SHA256 = /^[0-9a-f]{64}$/;
// Our own content type (send does not know .pb or .geojson); cache validation by ETag/Last-Modified.
const SEND_OPTIONS: SendOptions = { contentType: false, cacheControl: false, acceptRanges: true };

/** The open-data catalogue and files: public, no login. */
@Controller(OPEN_DATA_PATH.slice(1))
export class OpenDataController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: OpenDataCatalog,
    private readonly audit: AuditLogReader,
  ) {}

  @Public()
  @Get()
  async page(@Res() reply: FastifyReply): Promise<void> {
    const [producer, files, auditHead] = await Promise.all([
      this.catalog.producer(),
      this.catalog.currentFiles(),
      this.audit.head(),
    ]);
    await reply
      .header('content-type', 'text/html; charset=utf-8')
      .send(catalogPage({ producer, entries: catalogEntries(files), auditHead }));
  }

  @Public()
  @Get('catalog.jsonld')
  async dcat(@Res() reply: FastifyReply): Promise<void> {
    const [producer, files] = await Promise.all([this.catalog.producer(), this.catalog.currentFiles()]);
    await reply
      .header('content-type', 'application/ld+json; charset=utf-8')
      .send(JSON.stringify(dcatCatalog(this.config.http.publicUrl, producer, catalogEntries(files))));
  }

  /**
   * The current version of a file, or `?version=<sha256>` while retained.
   * Served by @fastify/static (Content-Length, ETag, Last-Modified, Range,
   * conditional requests); gzip on the fly for whole-file requests that accept it.
   */
  @Public()
  @Get('files/:name')
  async file(
    @Param('name') name: string,
    @Query('version') version: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = version === undefined || SHA256.test(version) ? await this.catalog.find(name, version) : null;
    if (!file) throw new NotFoundException('Open-data file', name);
    const dir = filesDirectory(this.config.openData.dir);
    const stored = storedFileName(file.sha256, file.format);
    reply
      .header('content-type', MEDIA_TYPES[file.format] ?? 'application/octet-stream')
      .header('content-disposition', `inline; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding');
    if (wantsGzip(request, file)) return this.sendGzip(reply, join(dir, stored), file);
    await reply.sendFile(stored, dir, SEND_OPTIONS);
  }

  private async sendGzip(reply: FastifyReply, path: string, file: OpenDataFileEntity): Promise<void> {
    const etag = `W/"${file.sha256}-gzip"`;
    reply.header('etag', etag).header('last-modified', file.createdAt.toUTCString());
    if (reply.request.headers['if-none-match'] === etag) return void (await reply.code(304).send());
    await reply.header('content-encoding', 'gzip').send(createReadStream(path).pipe(createGzip()));
  }
}

/** Whole-file requests only: a Range applies to the stored bytes. Zips are compressed already. */
function wantsGzip(request: FastifyRequest, file: OpenDataFileEntity): boolean {
  const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  return accepts && !request.headers.range && file.format !== 'zip';
}
