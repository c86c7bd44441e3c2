import { Injectable } from '@nestjs/common';
import { OpenDataFileEntity } from '../entities/open-data-file.entity';
import { OpenDataFileRepository } from '../repositories/open-data-file.repository';
import { Producer, PublishedSourcesRepository } from '../repositories/published-sources.repository';

export type { Producer } from '../repositories/published-sources.repository';

/** Reads what is published: the current version of every file, older versions, and the producer. */
@Injectable()
export class OpenDataCatalog {
  constructor(
    private readonly files: OpenDataFileRepository,
    private readonly sources: PublishedSourcesRepository,
  ) {}

  /** The newest version of each file name, by name. */
  currentFiles(): Promise<OpenDataFileEntity[]> {
    return this.files.currentVersions();
  }

  /** The current version of a name, or the version with that SHA-256 while it is retained. */
  find(fileName: string, sha256?: string): Promise<OpenDataFileEntity | null> {
    return this.files.version(fileName, sha256);
  }

  /** The commune (the first one: a deployment serves one commune). */
  async producer(): Promise<Producer> {
    const row = await this.sources.producer();
    return row ? { name: row.name, siren: row.siren } : { name: 'Quorum', siren: '' };
  }
}
