import { Injectable } from '@nestjs/common';
import { FollowTableRepository } from '@quorum/common';
import { EntityManager } from 'typeorm';

export interface OpenedVotingRow {
  budgetId: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  userIds: string[];
}

/** The SQL of `budget_follows`: who follows which budget. */
@Injectable()
export class BudgetFollowRepository extends FollowTableRepository<'budgetId'> {
  constructor() {
    super('budget_follows', 'budget_id', 'budgetId');
  }

  /** Open budgets whose vote opened in `(since, until]` and is still on, with their followers. */
  votingOpenedBetween(manager: EntityManager, since: Date, until: Date): Promise<OpenedVotingRow[]> {
    return manager.query(
      `SELECT b.id AS "budgetId", b.title, b.voting_opens_at AS "opensAt", b.voting_closes_at AS "closesAt",
              array_agg(f.user_id ORDER BY f.user_id)::text[] AS "userIds"
         FROM budgets b JOIN budget_follows f ON f.budget_id = b.id
        WHERE b.status = 'OPEN' AND b.voting_opens_at > $1 AND b.voting_opens_at <= $2 AND b.voting_closes_at > $2
        GROUP BY b.id
        ORDER BY b.voting_opens_at, b.id`,
      [since, until],
    );
  }
}
