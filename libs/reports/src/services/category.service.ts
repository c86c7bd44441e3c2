import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditActor, AuditLog } from '@quorum/audit';
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(ReportCategoryEntity);
  }

  listActive(): Promise<ReportCategoryEntity[]> {
    return this.repository.find({ where: { active: true }, order: { group: 'ASC', name: 'ASC' } });
  }

  /** Every category, inactive ones too, for staff managing them. */
  listAll(): Promise<ReportCategoryEntity[]> {
    return this.repository.find({ order: { group: 'ASC', name: 'ASC', code: 'ASC' } });
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

  /** Creates or replaces the category with this code (staff tooling and the demo seed, as the system). */
  async upsert(definition: CategoryDefinition, actor: AuditActor): Promise<ReportCategoryEntity> {
    const attributes = [...(definition.attributes ?? [])].sort((a, b) => a.order - b.order);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ReportCategoryEntity);
      await repository.upsert(
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
      const category = await repository.findOneByOrFail({ code: definition.code });
      // Categories are public (Open311 services).
      await this.audit.append(manager, {
        actor,
        action: 'report.category.upsert',
        subjectType: 'report-category',
        subjectId: category.id,
        isPublic: true,
        payload: { code: category.code, name: category.name, active: category.active },
      });
      return category;
    });
  }
}
