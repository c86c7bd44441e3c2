import { Controller, Get, Param, Res } from '@nestjs/common';
import { NotFoundException } from '@quorum/common';
import { Public } from '@quorum/access';
import type { FastifyReply } from 'fastify';
import { MunicipalitySettingsService } from './municipality-settings.service';

@Controller('municipality/logo')
export class MunicipalityLogoController {
  constructor(private readonly settings: MunicipalitySettingsService) {}

  /** By content hash: a new logo gets a new URL, so this one may be cached for a year. */
  @Public()
  @Get(':file')
  async logo(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const sha256 = /^([0-9a-f]{64})\.png$/.exec(file)?.[1];
    const png = sha256 ? await this.settings.logo(sha256) : null;
    if (!png) throw new NotFoundException('Logo');
    await reply
      .header('content-type', 'image/png')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(png);
  }
}
