import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { AuditLog } from '@quorum/audit';
import { identityErrors, ineligibility, ResidencyService, VerifiedVoter } from '@quorum/identity';
import { MailOutbox } from '@quorum/mail';
import { DataSource, EntityManager } from 'typeorm';
import { budgetErrors } from '../errors/budget.exception';
import { BallotRepository, StoredBallot } from '../repositories/ballot.repository';
import { BudgetRepository, VotingBudget } from '../repositories/budget.repository';
import { BallotChoice, toBallot } from '../domain/ballot-content';
import { ballotSpecOf, ballotViolations } from '../domain/ballot-spec';
import { BallotProjects } from './ballot-projects';
import { knownBudgetId } from './known-budget-id';
import { VoterKey } from './voter-key';
import { InPersonVoteService } from './in-person-vote.service';
import { assertVotingOpen } from './voting-window';
import { VoteGroupService } from './vote-group.service';
import { VotingWorkflow } from './voting-workflow.service';
import { VotingPerson } from './voting-person';

export interface CastBallotCommand extends BallotChoice {
  budgetId: string;
  userId: string;
  /** False for ballots an operator writes (the demo seed): the resident did not cast them, so is told nothing. */
  confirmByMail?: boolean;
}

/**
 * Casting is one transaction: the budget's voting lock is taken shared (the
 * close takes it exclusively: a clean cut at `closed_at`, see
 * BudgetRepository.lockVoting), the budget row share-locked, the new ballot
 * inserted, then the participation row inserted or locked, and a replaced
 * ballot deleted. The participation primary key makes concurrent casts by
 * one resident queue behind each other, leaving exactly one ballot.
 * The voter's verification is read once, after the budget's locks, and
 * every rule of the cast decides on it: district, eligibility (population,
 * ages), the "one" workflow (VotingWorkflow), paper precedence; in a
 * budget of a vote group, the budget is first added to the voter's row of
 * the group (VoteGroupService.claim), whose lock and CHECK hold the group's
 * rule across its budgets.
 */
@Injectable()
export class BallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
    private readonly ballots: BallotRepository,
    private readonly voterKey: VoterKey,
    private readonly ballotProjects: BallotProjects,
    private readonly audit: AuditLog,
    private readonly residency: ResidencyService,
    private readonly mail: MailOutbox,
    private readonly inPerson: InPersonVoteService,
    private readonly voteGroups: VoteGroupService,
    private readonly workflow: VotingWorkflow,
  ) {}

  async cast(command: CastBallotCommand): Promise<{ receipt: string }> {
    knownBudgetId(command.budgetId);
    return this.dataSource.transaction(async (manager) => {
      await this.budgets.lockVoting(manager, command.budgetId, 'cast');
      const budget = await this.lockBudget(manager, command.budgetId);
      assertVotingOpen(budget, new Date());
      // The voter's verification (census entry, district, birth year…), read once: every rule of the cast decides
      // on this one snapshot. After the budget's locks, as each rule read it before; no later lock of the cast is
      // taken by a verification or a census import, so none orders this read, and the person's locks further on
      // (workflow, polling-place mark, vote group) are named after the census entry read here.
      const verified = await this.residency.verifiedVoter(manager, command.userId);
      this.assertMayTakePart(budget, verified);
      const person: VotingPerson = { censusEntryId: verified?.censusEntryId ?? null, userId: command.userId };
      const ballot = toBallot(budget.ballotType, command);
      const projects = await this.ballotProjects.of(budget.id, manager);
      const violations = ballotViolations(ballotSpecOf(budget, projects), budget, ballot);
      if (violations.length > 0) throw budgetErrors.invalidBallot(violations);
      await this.workflow.assertNotVotedElsewhere(manager, budget, person);
      await this.inPerson.assertMayVoteOnline(manager, budget.id, person.censusEntryId);
      if (budget.voteGroupId) await this.voteGroups.claim(manager, budget.voteGroupId, budget.id, person);
      const receipt = randomBytes(16).toString('base64url');
      const voterKey = this.voterKey.of(budget.id, command.userId);
      const replaced = await this.ballots.replace(manager, { budgetId: budget.id, voterKey }, receipt, ballot);
      if (command.confirmByMail ?? true) await this.confirmByMail(manager, budget, command.userId, replaced);
      await this.recordCast(manager, budget);
      return { receipt };
    });
  }

  /** The resident's current ballot, or null if they have not voted. */
  async mine(budgetId: string, userId: string): Promise<StoredBallot | null> {
    return this.ballots.findByVoter(knownBudgetId(budgetId), this.voterKey.of(budgetId, userId));
  }

  private async lockBudget(manager: EntityManager, budgetId: string): Promise<VotingBudget> {
    const budget = await this.budgets.lockForVoting(manager, budgetId);
    if (!budget) throw new NotFoundException('Budget', budgetId);
    return budget;
  }

  /**
   * A district's budget is voted by its residents only (census district, or
   * the one staff checked in person); the budget's population and ages by the
   * census. An account without a verification has no district, and its
   * eligibility is left to @Verified (NOT_VERIFIED), as ResidencyService.assertEligible does.
   */
  private assertMayTakePart(budget: VotingBudget, verified: VerifiedVoter | null): void {
    if (budget.districtId && (verified?.districtId ?? null) !== budget.districtId) throw budgetErrors.wrongDistrict();
    if (!verified) return;
    const reason = ineligibility(budget, verified, new Date().getUTCFullYear());
    if (reason) throw identityErrors.notEligible(reason, budget);
  }

  /**
   * Queues the confirmation (or the notice that the ballot replaced an
   * earlier one) in the cast's transaction: sent if and only if the ballot
   * counts. Nothing kept in clear links the message to the ballot: the event
   * key, stored for good in the sent log beside the recipient's hash, is a
   * fresh random id (never the ballot's id or receipt, nor the budget), and
   * whether it replaced a ballot travels only in the sealed parameters, as
   * the audit log does not record re-votes either. The receipt is not in the
   * message at all (docs/SECURITY.md, "Ballot confirmations").
   */
  private async confirmByMail(
    manager: EntityManager,
    budget: VotingBudget,
    userId: string,
    replaced: boolean,
  ): Promise<void> {
    await this.mail.send(manager, {
      eventKey: `ballot-cast:${randomUUID()}`,
      to: { userId },
      template: 'ballot-cast',
      params: { budgetId: budget.id, budgetTitle: budget.title, replaced },
    });
  }

  /**
   * Last in the transaction, to hold the audit lock briefly. Public, and says
   * only that a ballot was cast in this budget: nothing derived from the
   * ballot (no receipt, no hash of its content), since entry hashes are
   * public through `auditHead` and, once the ballots file is published,
   * anything derived from a ballot can be brute-forced back to it, so to the
   * moment it was cast (issue #14.1). Not even whether it replaced an earlier
   * ballot: a coercer watching the log would see a re-vote, the coerced
   * voter's defence. The ballots are committed to as a whole when voting
   * closes (docs/VERIFYING.md). Never the voter: an anonymous resident.
   */
  private async recordCast(manager: EntityManager, budget: VotingBudget): Promise<void> {
    await this.audit.append(manager, {
      actor: { kind: 'RESIDENT', id: null },
      action: 'ballot.cast',
      subjectType: 'budget',
      subjectId: budget.id,
      isPublic: true,
      payload: {},
    });
  }
}
