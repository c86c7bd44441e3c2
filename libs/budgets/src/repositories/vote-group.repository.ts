import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { VoteGroupEntity } from '../entities/vote-group.entity';

const LIMIT_CHECK = 'budget_vote_group_voters_limit_check';

/** Vote groups, their budgets, and the per-person rows that hold their rule. */
@Injectable()
export class VoteGroupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, group: Pick<VoteGroupEntity, 'title' | 'rule' | 'maxBudgets'>) {
    const repo = manager.getRepository(VoteGroupEntity);
    return repo.save(repo.create(group));
  }

  async find(groupId: string, manager: EntityManager = this.dataSource.manager): Promise<VoteGroupEntity | null> {
    return manager.getRepository(VoteGroupEntity).findOneBy({ id: groupId });
  }

  /** The newest groups, for staff choosing one (a commune holds a few a year). */
  async newest(limit: number): Promise<VoteGroupEntity[]> {
    return this.dataSource
      .getRepository(VoteGroupEntity)
      .find({ order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }

  /** Several groups at once (DataLoader batch), in the order asked. */
  async findMany(groupIds: readonly string[]): Promise<(VoteGroupEntity | null)[]> {
    const rows = await this.dataSource.getRepository(VoteGroupEntity).findBy({ id: In([...groupIds]) });
    return groupIds.map((id) => rows.find((r) => r.id === id) ?? null);
  }

  /** The budgets of several groups (DataLoader batch), drafts only if asked, by title. */
  async budgetsOf(groupIds: readonly string[], includeDrafts: boolean): Promise<BudgetEntity[][]> {
    const rows = await this.dataSource
      .getRepository(BudgetEntity)
      .createQueryBuilder('b')
      .where('b.vote_group_id IN (:...groupIds)', { groupIds: [...groupIds] })
      .andWhere(includeDrafts ? 'true' : `b.status <> 'DRAFT'`)
      .orderBy('b.title')
      .addOrderBy('b.id')
      .getMany();
    return groupIds.map((id) => rows.filter((r) => r.voteGroupId === id));
  }

  /** Serialises claims under any of these keys until the transaction ends (in one order, so no deadlock). */
  async lockVoterKeys(manager: EntityManager, groupId: string, voterKeys: string[]): Promise<void> {
    for (const key of [...voterKeys].sort())
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`vote-group:${groupId}:${key}`]);
  }

  /** The first of these keys that already holds a row in the group, or null. */
  async firstHeldKey(manager: EntityManager, groupId: string, voterKeys: string[]): Promise<string | null> {
    const rows: { voterKey: string }[] = await manager.query(
      `SELECT voter_key AS "voterKey" FROM budget_vote_group_voters
        WHERE group_id = $1 AND voter_key = ANY($2::text[])
        ORDER BY array_position($2::text[], voter_key) LIMIT 1`,
      [groupId, voterKeys],
    );
    return rows[0]?.voterKey ?? null;
  }

  /**
   * Adds the budget to the budgets the person holds ballots in within the
   * group (nothing when already there: a re-vote). The upsert locks the
   * person's row of the group, so their casts in the group's budgets queue;
   * false when the group's limit (the row's CHECK) refuses one more budget.
   * The caller's transaction is then unusable, and must roll back.
   */
  async claim(
    manager: EntityManager,
    claim: { groupId: string; voterKey: string; budgetId: string; maxBudgets: number },
  ): Promise<boolean> {
    try {
      await manager.query(
        `INSERT INTO budget_vote_group_voters AS v (group_id, voter_key, budget_ids, max_budgets)
         VALUES ($1, $2, ARRAY[$3::uuid], $4)
         ON CONFLICT (group_id, voter_key) DO UPDATE
           SET budget_ids = CASE WHEN $3::uuid = ANY(v.budget_ids) THEN v.budget_ids ELSE v.budget_ids || $3::uuid END`,
        [claim.groupId, claim.voterKey, claim.budgetId, claim.maxBudgets],
      );
      return true;
    } catch (error) {
      if (isCheckViolation(error, LIMIT_CHECK)) return false;
      throw error;
    }
  }
}

function isCheckViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23514' && driverError.constraint === constraint;
}
