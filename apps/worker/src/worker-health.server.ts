import { createServer, Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkHealth } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { pingRedis, REDIS } from '@quorum/queue';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { QueueWorkers } from './queue-workers';

/** The worker has no HTTP API; this tiny server only answers `GET /healthz` for orchestrators. */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly workers: QueueWorkers,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    this.server = createServer((req, res) => {
      if (req.url !== '/healthz') {
        res.writeHead(404).end();
        return;
      }
      void this.report().then((report) => {
        res.writeHead(report.status === 'ok' ? 200 : 503, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
        });
        res.end(JSON.stringify(report));
      });
    });
    return new Promise((resolve, reject) => {
      this.server!.once('error', reject).listen(this.config.worker.healthPort, this.config.http.host, () => {
        this.logger.log(`Health on :${this.address()}/healthz`);
        resolve();
      });
    });
  }

  address(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  private report(): ReturnType<typeof checkHealth> {
    return checkHealth({
      database: () => this.dataSource.query('SELECT 1'),
      redis: () => pingRedis(this.redis),
      queues: async () => {
        if (!this.workers.isRunning()) throw new Error('stopped');
      },
    });
  }

  onApplicationShutdown(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
