import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportCategoryEntity } from '../entities/report-category.entity';
import { reportsErrors } from '../errors/reports.exception';
import { CategoryAttribute } from '../types/category-attribute';

export interface CategoryDefinition {
  code: string;
  name: string;
  description?: string;
  group?: string;
  keywords?: string[];
  department?: string | null;
  attributes?: CategoryAttribute[];
  active?: boolean;
}

@Injectable()
export class CategoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(ReportCategoryEntity);
  }

  listActive(): Promise<ReportCategoryEntity[]> {
    return this.repository.find({ where: { active: true }, order: { group: 'ASC', name: 'ASC' } });
  }

  findByCode(code: string): Promise<ReportCategoryEntity | null> {
    return this.repository.findOneBy({ code });
  }

  /** A category that accepts new reports. */
  async activeByCode(code: string): Promise<ReportCategoryEntity> {
    const category = await this.findByCode(code);
    if (!category || !category.active) throw reportsErrors.unknownCategory(code);
    return category;
  }

  /** Creates or replaces the category with this code (staff tooling and the demo seed). */
  async upsert(definition: CategoryDefinition): Promise<ReportCategoryEntity> {
    const attributes = [...(definition.attributes ?? [])].sort((a, b) => a.order - b.order);
    await this.repository.upsert(
      {
        code: definition.code,
        name: definition.name,
        description: definition.description ?? '',
        group: definition.group ?? '',
        keywords: definition.keywords ?? [],
        department: definition.department ?? null,
        attributes,
        active: definition.active ?? true,
      },
      { conflictPaths: ['code'] },
    );
    return this.repository.findOneByOrFail({ code: definition.code });
  }
}
