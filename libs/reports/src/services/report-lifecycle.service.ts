import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, textSha256 } from '@quorum/audit';
import { NotFoundException, ValidationFailedException } from '@quorum/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { assertTransition } from '../domain/status-transitions';
import { IssueReportUpdateEntity } from '../entities/issue-report-update.entity';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { ReporterMail } from '../mail/reporter-mail';
import { IssueReportStatus } from '../types/issue-report-status.enum';

export interface StatusChange {
  status: IssueReportStatus;
  /** Public note shown with the update (the API's input trims it). */
  note?: string;
  authorId: string;
  /** Required for DUPLICATE: the report this one repeats. */
  duplicateOfId?: string | null;
  expectedAt?: Date | null;
}

@Injectable()
export class ReportLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly reporterMail: ReporterMail,
  ) {}

  changeStatus(reportId: string, change: StatusChange): Promise<void> {
    return this.dataSource.transaction((manager) => this.apply(manager, reportId, change, false));
  }

  /** All or nothing: one refused transition leaves every report as it was. */
  changeStatuses(reportIds: string[], change: StatusChange): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      for (const id of [...new Set(reportIds)].sort()) await this.apply(manager, id, change, true);
    });
  }

  async assignDepartment(reportIds: string[], department: string | null, staffId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(reportIds)].sort();
      const result = await manager.getRepository(IssueReportEntity).update({ id: In(ids) }, { department });
      if ((result.affected ?? 0) < ids.length) throw new NotFoundException('Issue report');
      // Departments are shown with public reports.
      for (const id of ids) {
        await this.audit.append(manager, {
          actor: staffActor(staffId),
          action: 'report.assign-department',
          subjectType: 'issue-report',
          subjectId: id,
          isPublic: true,
          payload: { department },
        });
      }
    });
  }

  private async apply(manager: EntityManager, reportId: string, change: StatusChange, bulk: boolean): Promise<void> {
    const reports = manager.getRepository(IssueReportEntity);
    // Locked so that two staff members cannot both move a report from the same state.
    const report = await reports.findOne({ where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
    if (!report) throw new NotFoundException('Issue report', reportId);
    assertTransition(report.status, change.status);
    const duplicateOfId = await this.duplicateTarget(manager, report, change);
    await reports.update(
      { id: report.id },
      {
        status: change.status,
        duplicateOfId,
        ...(change.expectedAt !== undefined ? { expectedAt: change.expectedAt } : {}),
      },
    );
    const note = change.note ?? '';
    const { identifiers } = await manager.getRepository(IssueReportUpdateEntity).insert({
      reportId: report.id,
      status: change.status,
      previousStatus: report.status,
      note,
      authorId: change.authorId,
    });
    const updateId = (identifiers[0] as { id: string }).id;
    await this.reporterMail.statusChanged(manager, report, { updateId, status: change.status, note });
    // Public like the update itself; the note, free text, is committed to by its digest only.
    await this.audit.append(manager, {
      actor: staffActor(change.authorId),
      action: 'report.status',
      subjectType: 'issue-report',
      subjectId: report.id,
      isPublic: true,
      payload: {
        from: report.status,
        to: change.status,
        noteSha256: note ? textSha256(note) : null,
        duplicateOfId,
        expectedAt: change.expectedAt ?? undefined,
        bulk,
      },
    });
  }

  private async duplicateTarget(
    manager: EntityManager,
    report: IssueReportEntity,
    change: StatusChange,
  ): Promise<string | null> {
    if (change.status !== IssueReportStatus.DUPLICATE) return null;
    const originalId = change.duplicateOfId;
    if (!originalId)
      throw ValidationFailedException.forField('input.duplicateOfId', 'is required to mark a report as a duplicate');
    if (originalId === report.id)
      throw ValidationFailedException.forField('input.duplicateOfId', 'cannot be the report itself');
    const exists = await manager.getRepository(IssueReportEntity).existsBy({ id: originalId });
    if (!exists) throw ValidationFailedException.forField('input.duplicateOfId', 'names no report');
    return originalId;
  }
}
