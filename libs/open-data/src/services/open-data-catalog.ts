import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OpenDataFileEntity } from '../entities/open-data-file.entity';
import { Producer, PublishedSourcesRepository } from '../repositories/published-sources.repository';

export type { Producer } from '../repositories/published-sources.repository';

/** Reads what is published: the current version of every file, older versions, and the producer. */
@Injectable()
export class OpenDataCatalog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: PublishedSourcesRepository,
  ) {}

  /** The newest version of each file name, by name. */
  async currentFiles(): Promise<OpenDataFileEntity[]> {
    return this.dataSource
      .getRepository(OpenDataFileEntity)
      .createQueryBuilder('f')
      .distinctOn(['f.file_name'])
      .orderBy('f.file_name')
      .addOrderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getMany();
  }

  /** The current version of a name, or the version with that SHA-256 while it is retained. */
  async find(fileName: string, sha256?: string): Promise<OpenDataFileEntity | null> {
    return this.dataSource.getRepository(OpenDataFileEntity).findOne({
      where: sha256 ? { fileName, sha256 } : { fileName },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** The commune (the first one: a deployment serves one commune). */
  async producer(): Promise<Producer> {
    const row = await this.sources.producer();
    return row ? { name: row.name, siren: row.siren } : { name: 'Quorum', siren: '' };
  }
}
