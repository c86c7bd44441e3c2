import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Opening, OpeningSource, OpeningsRegistry } from '@quorum/mail';
import { DataSource } from 'typeorm';
import { ProposalFollowRepository } from '../repositories/proposal-follow.repository';

/**
 * A consultation's phase opening, told to the residents following its
 * proposals (one message per phase and account, however many of its
 * proposals they follow). The event names the phase and its start, so a
 * phase moved later is announced again when it opens.
 */
@Injectable()
export class PhaseOpeningsSource implements OpeningSource, OnModuleInit {
  readonly domain = 'proposals';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OpeningsRegistry,
    private readonly follows: ProposalFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async openedBetween(since: Date, until: Date): Promise<Opening[]> {
    const rows = await this.follows.phasesOpenedBetween(this.dataSource.manager, since, until);
    return rows.map((row): Opening<'phase-opening'> => ({
      eventKey: `phase-opening:${row.phaseId}:${row.startsAt.getTime()}`,
      userIds: row.userIds,
      template: 'phase-opening',
      params: {
        consultationId: row.consultationId,
        consultationTitle: row.consultationTitle,
        phase: row.kind,
        endsAt: row.endsAt.toISOString(),
      },
    }));
  }
}
