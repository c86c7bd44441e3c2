import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { Public } from '@quorum/access';
import type { FastifyReply } from 'fastify';
import { PATHS } from '../routes/paths';
import { WebAssets } from './web-assets.service';

@Controller(PATHS.assets)
export class AssetsController {
  constructor(private readonly assets: WebAssets) {}

  /** Hashed names never change content: cached for a year, compressed ahead of time. */
  @Public()
  @Get(':name')
  async asset(
    @Param('name') name: string,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asset = this.assets.get(name);
    if (!asset) {
      await reply.status(404).header('content-type', 'text/plain; charset=utf-8').send('Not found');
      return;
    }
    const accepts = (acceptEncoding ?? '').toLowerCase();
    const [encoding, body] = /\bbr\b/.test(accepts)
      ? ['br', asset.brotli]
      : /\bgzip\b/.test(accepts)
        ? ['gzip', asset.gzip]
        : [undefined, asset.body];
    if (encoding) reply.header('content-encoding', encoding);
    await reply
      .header('content-type', asset.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding')
      .send(body);
  }
}
