import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkHealth } from '@quorum/common';
import { Public } from '@quorum/identity';
import { pingRedis, REDIS } from '@quorum/queue';
import type { FastifyReply } from 'fastify';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get('healthz')
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const report = await checkHealth({
      database: () => this.dataSource.query('SELECT 1'),
      redis: () => pingRedis(this.redis),
    });
    reply.status(report.status === 'ok' ? 200 : 503).header('cache-control', 'no-store');
    return report;
  }
}
