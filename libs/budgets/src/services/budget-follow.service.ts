import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { MailOutbox } from '@quorum/mail';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { BudgetFollowRepository } from '../repositories/budget-follow.repository';
import { BudgetStatus } from '../types/budget-status.enum';
import { BudgetService } from './budget.service';

/**
 * Residents following a budget, and what they are told: its results once
 * published. Only a budget residents can see (past its draft) can be followed.
 */
@Injectable()
export class BudgetFollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly follows: BudgetFollowRepository,
    private readonly budgets: BudgetService,
    private readonly mail: MailOutbox,
  ) {}

  async follow(budgetId: string, userId: string): Promise<BudgetEntity> {
    const budget = await this.visible(budgetId);
    await this.follows.follow(this.dataSource.manager, budget.id, userId);
    return budget;
  }

  async unfollow(budgetId: string, userId: string): Promise<BudgetEntity> {
    const budget = await this.visible(budgetId);
    await this.follows.unfollow(this.dataSource.manager, budget.id, userId);
    return budget;
  }

  /**
   * Queued in the publishing transaction, one message per follower (each
   * followers' address read when sent); the event is the publication, which
   * happens once per budget.
   */
  async resultsPublished(manager: EntityManager, budget: { id: string; title: string }): Promise<void> {
    for (const userId of await this.follows.followers(manager, budget.id))
      await this.mail.send(manager, {
        eventKey: `budget-results:${budget.id}`,
        to: { userId },
        template: 'budget-results',
        params: { budgetId: budget.id, budgetTitle: budget.title },
      });
  }

  private async visible(budgetId: string): Promise<BudgetEntity> {
    const budget = await this.budgets.get(budgetId);
    if (budget.status === BudgetStatus.DRAFT) throw new NotFoundException('Budget', budgetId);
    return budget;
  }
}
