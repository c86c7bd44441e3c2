import { IssueReportUpdateEntity } from '../entities/issue-report-update.entity';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { ReportCategoryEntity } from '../entities/report-category.entity';
import { w3c } from './open311-format';
import { open311Status, statusNotes } from './open311-status';

export function toService(category: ReportCategoryEntity) {
  return {
    service_code: category.code,
    service_name: category.name,
    description: category.description,
    metadata: category.attributes.length > 0,
    type: 'realtime',
    keywords: category.keywords.join(','),
    group: category.group,
  };
}

export function toServiceDefinition(category: ReportCategoryEntity) {
  return {
    service_code: category.code,
    attributes: category.attributes.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatypeDescription ?? '',
      order: a.order,
      description: a.description,
      values: a.values.map((v) => ({ key: v.key, name: v.name })),
    })),
  };
}

export interface RequestExtras {
  lastNote: string | null;
  mediaUrl: string | null;
  extensions: boolean;
}

/** A service request as published: never the reporter's account, email, name or phone. */
export function toServiceRequest(report: IssueReportEntity, extras: RequestExtras) {
  return {
    service_request_id: report.id,
    status: open311Status(report.status, extras.extensions),
    status_notes: statusNotes(report.status, extras.lastNote),
    service_name: report.category?.name ?? '',
    service_code: report.category?.code ?? '',
    description: report.description,
    agency_responsible: report.department ?? '',
    service_notice: '',
    requested_datetime: w3c(report.createdAt),
    updated_datetime: w3c(report.updatedAt),
    expected_datetime: w3c(report.expectedAt),
    address: report.address ?? '',
    address_id: '',
    zipcode: '',
    lat: report.latitude,
    long: report.longitude,
    media_url: extras.mediaUrl ?? '',
  };
}

/** FixMyStreet's servicerequestupdates item. */
export function toRequestUpdate(update: IssueReportUpdateEntity, extensions: boolean) {
  return {
    update_id: update.id,
    service_request_id: update.reportId,
    status: open311Status(update.status, extensions),
    updated_datetime: w3c(update.createdAt),
    description: update.note,
    media_url: '',
  };
}
