import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Opening, OpeningSource, OpeningsRegistry } from '@quorum/mail';
import { DataSource } from 'typeorm';
import { BudgetFollowRepository } from '../repositories/budget-follow.repository';

/**
 * A budget's vote opening (its voting window starting, once staff opened
 * it), told to its followers. The event names the budget and the opening
 * time, so a window rescheduled later is announced again when it opens.
 */
@Injectable()
export class VotingOpeningsSource implements OpeningSource, OnModuleInit {
  readonly domain = 'budgets';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OpeningsRegistry,
    private readonly follows: BudgetFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async openedBetween(since: Date, until: Date): Promise<Opening[]> {
    const rows = await this.follows.votingOpenedBetween(this.dataSource.manager, since, until);
    return rows.map((row): Opening<'budget-voting-opens'> => ({
      eventKey: `budget-voting-opens:${row.budgetId}:${row.opensAt.getTime()}`,
      userIds: row.userIds,
      template: 'budget-voting-opens',
      params: { budgetId: row.budgetId, budgetTitle: row.title, closesAt: row.closesAt.toISOString() },
    }));
  }
}
