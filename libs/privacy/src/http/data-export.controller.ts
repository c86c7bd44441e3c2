import { Controller, Get, Param, Res } from '@nestjs/common';
import { AcceptsSessionCookie, AuthenticatedUser, CurrentUser } from '@quorum/access';
import { isUuid, NotFoundException } from '@quorum/common';
import type { FastifyReply } from 'fastify';
import { DataExportService } from '../services/data-export.service';

/**
 * The archive, for the resident who asked only (Bearer token, like GraphQL,
 * or the website's session cookie: no secret in the URL, which proxies and
 * browsers log), while it is valid.
 */
@Controller('my-data/exports')
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get(':id')
  @AcceptsSessionCookie()
  async download(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isUuid(id)) throw new NotFoundException('Data export', id);
    const { stream, fileName } = await this.exports.openForDownload(id, user.id);
    await reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  }
}
