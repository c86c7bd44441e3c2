import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@quorum/access';
import { checkHealth } from '@quorum/common';
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

  /**
   * 200 `ok`; 200 `degraded` when only Redis is down: the API still serves
   * reads, ballots and reports (rate limits fall back to memory, jobs wait in
   * the outbox), so a load balancer must keep routing to it; 503 `down` when
   * PostgreSQL is unreachable, since then almost nothing works.
   */
  @Public()
  @Get('healthz')
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const report = await checkHealth(
      {
        database: () => this.dataSource.query('SELECT 1'),
        redis: () => pingRedis(this.redis),
      },
      ['redis'],
    );
    reply.status(report.status === 'down' ? 503 : 200).header('cache-control', 'no-store');
    return report;
  }
}
