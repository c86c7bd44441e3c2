import { Inject, Injectable } from '@nestjs/common';
import { UploadLimiter } from '@quorum/access';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrRefuse, RateLimiterFactory } from './rate-limiter.factory';

/**
 * Limits `@LimitedUpload()` calls per IP address (PHOTO_UPLOAD_MAX_PER_IP).
 * Per address even when signed in: an account costs nothing to create, a
 * decoded photo costs a core for a while.
 */
@Injectable()
export class UploadRateLimiter implements UploadLimiter {
  private readonly perIp: RateLimiterAbstract;

  constructor(limiters: RateLimiterFactory, @Inject(APP_CONFIG) config: AppConfig) {
    this.perIp = limiters.make('upload-ip', config.rateLimits.uploadsPerIp);
  }

  async beforeUpload(ip: string): Promise<void> {
    await consumeOrRefuse(this.perIp, ip);
  }
}
