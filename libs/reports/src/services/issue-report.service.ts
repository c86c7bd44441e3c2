import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { MunicipalityService } from '@quorum/municipality';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { validateAttributes } from '../domain/validate-attributes';
import { IssueReportUpdateEntity } from '../entities/issue-report-update.entity';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { ReportPhotoEntity } from '../entities/report-photo.entity';
import { reportsErrors } from '../errors/reports.exception';
import { ReporterMail } from '../mail/reporter-mail';
import { IssueReportStatus } from '../types/issue-report-status.enum';
import { CategoryService } from './category.service';

export interface SubmitReport {
  categoryCode: string;
  description: string;
  latitude: number;
  longitude: number;
  address?: string | null;
  attributes?: Record<string, unknown>;
  reporterId?: string | null;
  /** Contact details for follow-up; never published. */
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  photoId?: string | null;
  apiKeyId?: string | null;
}

@Injectable()
export class IssueReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoryService,
    private readonly municipality: MunicipalityService,
    private readonly reporterMail: ReporterMail,
  ) {}

  async submit(command: SubmitReport): Promise<IssueReportEntity> {
    const category = await this.categories.activeByCode(command.categoryCode);
    const attributes = validateAttributes(category.attributes, command.attributes);
    const district = await this.municipality.locate(command.latitude, command.longitude);
    if (district === undefined) throw reportsErrors.outsideMunicipality();
    const id = await this.dataSource.transaction(async (manager) => {
      const report = await manager.getRepository(IssueReportEntity).save({
        categoryId: category.id,
        description: command.description.trim(),
        latitude: command.latitude,
        longitude: command.longitude,
        address: command.address?.trim() || null,
        districtId: district?.id ?? null,
        attributes,
        department: category.department,
        reporterId: command.reporterId ?? null,
        reporterEmail: command.email?.trim().toLowerCase() || null,
        reporterName: command.name?.trim() || null,
        reporterPhone: command.phone?.trim() || null,
        token: randomBytes(16).toString('hex'),
        apiKeyId: command.apiKeyId ?? null,
      });
      await manager
        .getRepository(IssueReportUpdateEntity)
        .insert({ reportId: report.id, status: IssueReportStatus.OPEN, previousStatus: null, note: '' });
      if (command.photoId) await this.attachPhoto(manager, report.id, command.photoId);
      await this.reporterMail.received(manager, report);
      return report.id;
    });
    return this.get(id);
  }

  /** A photo can be attached once, to the report it was uploaded for. */
  private async attachPhoto(manager: EntityManager, reportId: string, photoId: string): Promise<void> {
    const result = await manager
      .getRepository(ReportPhotoEntity)
      .update({ id: photoId, reportId: IsNull(), claimedBy: IsNull() }, { reportId });
    if (!result.affected) throw reportsErrors.photoUnavailable();
  }

  find(id: string): Promise<IssueReportEntity | null> {
    return this.dataSource
      .getRepository(IssueReportEntity)
      .findOne({ where: { id }, relations: { category: true, district: true } });
  }

  async get(id: string): Promise<IssueReportEntity> {
    const report = await this.find(id);
    if (!report) throw new NotFoundException('Issue report', id);
    return report;
  }

  findByToken(token: string): Promise<IssueReportEntity | null> {
    return this.dataSource.getRepository(IssueReportEntity).findOneBy({ token });
  }

  /** Loads reports with their category and district, in the order of `ids`. */
  async getMany(ids: readonly string[]): Promise<IssueReportEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(IssueReportEntity)
      .find({ where: { id: In([...ids]) }, relations: { category: true, district: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is IssueReportEntity => r !== undefined);
  }

  mine(reporterId: string, limit = 100): Promise<IssueReportEntity[]> {
    return this.dataSource.getRepository(IssueReportEntity).find({
      where: { reporterId },
      relations: { category: true, district: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  updatesOf(reportIds: readonly string[]): Promise<IssueReportUpdateEntity[]> {
    return this.dataSource
      .getRepository(IssueReportUpdateEntity)
      .find({ where: { reportId: In([...reportIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  photosOf(reportIds: readonly string[]): Promise<ReportPhotoEntity[]> {
    return this.dataSource
      .getRepository(ReportPhotoEntity)
      .find({ where: { reportId: In([...reportIds]) }, order: { createdAt: 'ASC' } });
  }
}
