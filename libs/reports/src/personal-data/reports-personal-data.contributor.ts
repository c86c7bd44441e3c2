import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/** The issue reports the resident filed while signed in, with their contact fields and public updates. */
@Injectable()
export class ReportsPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'reports';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const reports = await manager.query(
      `SELECT r.id, c.code AS "categoryCode", r.description, r.latitude, r.longitude, r.address, r.attributes,
              r.status, r.reporter_email AS "reporterEmail", r.reporter_name AS "reporterName",
              r.reporter_phone AS "reporterPhone", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
         FROM issue_reports r JOIN report_categories c ON c.id = r.category_id
        WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      [userId],
    );
    // The public history of those reports; which staff member wrote each step is left out (staff-only).
    const updates = await manager.query(
      `SELECT u.report_id AS "reportId", u.previous_status AS "previousStatus", u.status, u.note,
              u.created_at AS "createdAt"
         FROM issue_report_updates u JOIN issue_reports r ON r.id = u.report_id
        WHERE r.reporter_id = $1 ORDER BY u.created_at, u.id`,
      [userId],
    );
    return [
      {
        name: 'issue-reports',
        description: {
          fr: 'Les signalements que vous avez faits en étant connecté, avec vos coordonnées s’il y en a.',
          en: 'The issue reports you made while signed in, with your contact details if any.',
        },
        rows: reports,
      },
      {
        name: 'issue-report-updates',
        description: {
          fr: 'Le suivi public de vos signalements (statuts et notes des services).',
          en: 'The public follow-up of your reports (statuses and notes from the services).',
        },
        rows: updates,
      },
    ];
  }
}
