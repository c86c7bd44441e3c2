import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadThroughCache } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { ConsultationEntity } from '../entities/consultation.entity';
import { ConsultationOutline, ConsultationOutlineRepository } from '../repositories/consultation-outline.repository';

/** A consultation with what every page about it shows beside it: its phases and categories. */
export interface ConsultationFrame {
  consultation: ConsultationEntity;
  outline: ConsultationOutline;
}

/**
 * Consultations as pages show them, each reused for `MUNICIPALITY_CACHE_MS` (1 s) per process like the
 * commune: the list of a consultation's proposals reads its consultation, phases and categories on every
 * request, and on a small server those two round trips weighed more than the page's own query. Another
 * process sees a change within that delay, this one at once (ConsultationService forgets what it changes).
 * Writes and the checks that guard them never read from here.
 */
@Injectable()
export class ConsultationFrames {
  private readonly reused: ReadThroughCache<ConsultationFrame>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outlines: ConsultationOutlineRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reused = new ReadThroughCache((id) => this.read(id), { ttlMs: config.municipality.cacheMs, max: 256 });
  }

  /** The consultation with its phases and categories, whoever may see it; undefined when there is none. */
  frame(id: string): Promise<ConsultationFrame | undefined> {
    return this.reused.find(id);
  }

  /** After this process changed a consultation: its next read is fresh. */
  forget(id: string): void {
    this.reused.forget(id);
  }

  private async read(id: string): Promise<ConsultationFrame | undefined> {
    const [consultation, [outline]] = await Promise.all([
      this.dataSource.getRepository(ConsultationEntity).findOneBy({ id }),
      this.outlines.outlinesOf([id]),
    ]);
    return consultation ? { consultation, outline } : undefined;
  }
}
