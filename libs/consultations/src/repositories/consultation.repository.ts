import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, newestFirstPage } from '@quorum/common';
import { DataSource } from 'typeorm';
import { ConsultationEntity } from '../entities/consultation.entity';

/** The consultations' queries beyond TypeORM's entity repository. */
@Injectable()
export class ConsultationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `publishedOnly` leaves out the ones not published yet. */
  page(publishedOnly: boolean, first: number, after?: string): Promise<Connection<ConsultationEntity>> {
    const qb = this.dataSource.getRepository(ConsultationEntity).createQueryBuilder('c');
    if (publishedOnly) qb.where('c.published_at IS NOT NULL');
    return newestFirstPage(qb, first, after);
  }
}
