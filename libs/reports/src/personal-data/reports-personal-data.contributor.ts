import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { IssueReportRepository } from '../repositories/issue-report.repository';
import { IssueReportFollowRepository } from '../repositories/issue-report-follow.repository';

/** The issue reports the resident filed while signed in, with their contact fields and public updates, and those they follow. */
@Injectable()
export class ReportsPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'reports';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly reports: IssueReportRepository,
    private readonly follows: IssueReportFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const { reports, updates } = await this.reports.archive(manager, userId);
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
      {
        name: 'issue-report-follows',
        description: {
          fr: 'Les signalements que vous suivez, et depuis quand.',
          en: 'The issue reports you follow, and since when.',
        },
        rows: await this.follows.archive(manager, userId),
      },
    ];
  }
}
