import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid, NotFoundException, ValidationFailedException } from '@quorum/common';
import { AuditActor, AuditLog } from '@quorum/audit';
import { DataSource, EntityManager } from 'typeorm';
import { CreateVoteGroupInput } from '../dto/create-vote-group.input';
import { BudgetEntity } from '../entities/budget.entity';
import { VoteGroupEntity } from '../entities/vote-group.entity';
import { budgetErrors } from '../errors/budget.exception';
import { VoteGroupRepository } from '../repositories/vote-group.repository';
import { VoteGroupRule } from '../types/vote-group-rule.enum';
import { VoterKey } from './voter-key';
import { VotingPerson } from './voting-person';

/** How many groups staff are offered (newest first): far more than a commune holds at once. */
export const VOTE_GROUPS_LISTED = 200;

/**
 * Vote groups: budgets voted together, and the database's enforcement of how
 * many of them one person votes in (VoteGroupVoterEntity). A group does not
 * change once created, so the limit copied on each person's row stays its rule.
 */
@Injectable()
export class VoteGroupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: VoteGroupRepository,
    private readonly voterKey: VoterKey,
    private readonly audit: AuditLog,
  ) {}

  async create(input: CreateVoteGroupInput, actor: AuditActor): Promise<VoteGroupEntity> {
    const upToN = input.rule === VoteGroupRule.UP_TO_N;
    const hasMax = input.maxBudgets !== undefined && input.maxBudgets !== null;
    if (upToN && !hasMax) throw ValidationFailedException.forField('input.maxBudgets', 'is required for UP_TO_N');
    if (!upToN && hasMax) throw ValidationFailedException.forField('input.maxBudgets', 'applies to UP_TO_N only');
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.insert(manager, {
        title: input.title,
        rule: input.rule,
        maxBudgets: upToN ? input.maxBudgets! : null,
      });
      await this.audit.append(manager, {
        actor,
        action: 'budget.vote-group.create',
        subjectType: 'vote-group',
        subjectId: group.id,
        isPublic: false,
        payload: { ...input },
      });
      return group;
    });
  }

  async get(groupId: string): Promise<VoteGroupEntity> {
    const group = isUuid(groupId) ? await this.groups.find(groupId) : null;
    if (!group) throw new NotFoundException('VoteGroup', groupId);
    return group;
  }

  /** Staff's list: the newest `VOTE_GROUPS_LISTED` groups. */
  newest(): Promise<VoteGroupEntity[]> {
    return this.groups.newest(VOTE_GROUPS_LISTED);
  }

  findMany(groupIds: readonly string[]): Promise<(VoteGroupEntity | null)[]> {
    return this.groups.findMany(groupIds);
  }

  budgetsOf(groupIds: readonly string[], includeDrafts: boolean): Promise<BudgetEntity[][]> {
    return this.groups.budgetsOf(groupIds, includeDrafts);
  }

  /** For createBudget: the group must exist. */
  async assertExists(manager: EntityManager, groupId: string): Promise<void> {
    if (!(await this.groups.find(groupId, manager)))
      throw ValidationFailedException.forField('input.voteGroupId', 'is not a vote group');
  }

  /**
   * In the cast's or the polling-place mark's transaction: records that the
   * person holds a vote in this budget of the group, or refuses
   * (VOTE_GROUP_LIMIT_REACHED) when they already hold votes in as many of its
   * budgets as the rule allows. A re-vote in a budget already counted passes.
   * ALL records nothing. The person is their census entry (the one a verified
   * account is bound to, or the code read at the polling place), so a vote
   * online and a mark on paper count in the same row; an account without one
   * is keyed by itself.
   *
   * A person may have a row under another of their names: one made before
   * their account was bound to a census entry (`user:`), or before rows were
   * keyed by census entry (the account id alone). The row they already hold
   * keeps counting, so verifying later, or an upgrade, gives no second
   * allowance; their names are locked first, so two claims of one person
   * under two names queue.
   */
  async claim(manager: EntityManager, groupId: string, budgetId: string, person: VotingPerson): Promise<void> {
    const group = await this.groups.find(groupId, manager);
    if (!group || group.rule === VoteGroupRule.ALL) return;
    const maxBudgets = group.rule === VoteGroupRule.EXACTLY_ONE ? 1 : group.maxBudgets!;
    const keys = namesOf(person).map((name) => this.voterKey.of(`vote-group:${groupId}`, name));
    await this.groups.lockVoterKeys(manager, groupId, keys);
    const voterKey = (await this.groups.firstHeldKey(manager, groupId, keys)) ?? keys[0];
    if (!(await this.groups.claim(manager, { groupId, voterKey, budgetId, maxBudgets })))
      throw budgetErrors.voteGroupLimitReached({ id: group.id, title: group.title, rule: group.rule, maxBudgets });
  }
}

/** The person's names, the one a new row takes first. */
function namesOf(person: VotingPerson): string[] {
  const names = person.censusEntryId ? [`census:${person.censusEntryId}`] : [];
  if (person.userId) names.push(`user:${person.userId}`, person.userId);
  return names;
}
