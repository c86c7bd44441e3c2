import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { AuditLog, staffActor } from '@quorum/audit';
import { CensusPersonLookup, identityErrors, ineligibility } from '@quorum/identity';
import { DataSource, EntityManager } from 'typeorm';
import { budgetErrors } from '../errors/budget.exception';
import { BudgetRepository, VotingBudget } from '../repositories/budget.repository';
import { InPersonVoteRepository } from '../repositories/in-person-vote.repository';
import { PaperPrecedence } from '../types/paper-precedence.enum';
import { knownBudgetId } from './known-budget-id';
import { assertVotingOpen } from './voting-window';
import { PersonKey } from './person-key';
import { VoterKey } from './voter-key';
import { VoteGroupService } from './vote-group.service';
import { VotingWorkflow } from './voting-workflow.service';

export interface MarkVotedInPersonCommand {
  budgetId: string;
  censusCode: string;
  staffId: string;
}

/**
 * One person, one vote across channels. At the polling place staff mark the
 * person by census code (the register, `budget_in_person_votes`); a person
 * marked twice is refused, and so is one the budget's district, population
 * or ages leave out (as castBallot refuses them), one who already voted
 * (online or marked) in as many budgets of the budget's vote group as its
 * rule allows, or, under the "one" workflow, in another budget of the vote
 * (VotingWorkflow, ALREADY_VOTED_ELSEWHERE). When the person already holds an online ballot, the budget's
 * precedence decides: PAPER_WINS sets the online ballot aside
 * (kept, left out of the ballots file and the tally), ONLINE_WINS records the
 * paper vote as set aside and answers false (no sheet is to be handed out).
 * A paper sheet cannot be taken back once in the box, so an online ballot
 * after a mark that counts is refused (VOTED_IN_PERSON) under either rule.
 *
 * Both paths take the budget's voting lock shared (a clean cut at the close),
 * then the person's advisory lock: a mark and a cast of one person never
 * interleave, and the primary key of the register keeps one mark per person.
 */
@Injectable()
export class InPersonVoteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
    private readonly marks: InPersonVoteRepository,
    private readonly people: CensusPersonLookup,
    private readonly personKey: PersonKey,
    private readonly voterKey: VoterKey,
    private readonly voteGroups: VoteGroupService,
    private readonly workflow: VotingWorkflow,
    private readonly audit: AuditLog,
  ) {}

  /** True: the person's paper vote counts. False: set aside (ONLINE_WINS, they already voted online). */
  async markVotedInPerson(command: MarkVotedInPersonCommand): Promise<boolean> {
    knownBudgetId(command.budgetId);
    return this.dataSource.transaction(async (manager) => {
      await this.budgets.lockVoting(manager, command.budgetId, 'cast');
      const budget = await this.budgets.lockForVoting(manager, command.budgetId);
      if (!budget) throw new NotFoundException('Budget', command.budgetId);
      const precedence = await this.paperTaken(manager, budget);
      assertVotingOpen(budget, new Date());
      const person = await this.people.byCode(manager, command.censusCode);
      if (!person) throw budgetErrors.censusCodeUnknown();
      if (budget.districtId && person.districtId !== budget.districtId) throw budgetErrors.wrongDistrict();
      // The census says who may take part, as for an online ballot (the age reached this year, the voter flag).
      const reason = ineligibility(budget, person, new Date().getUTCFullYear());
      if (reason) throw identityErrors.notEligible(reason, budget);
      // Under the "one" workflow, before the person's lock in this budget (the order a cast takes them in).
      await this.workflow.assertNotVotedElsewhere(manager, budget, person);
      const key = this.personKey.of(budget.id, person.censusEntryId);
      await this.marks.lockPerson(manager, key);
      if (await this.marks.mark(manager, budget.id, key)) throw budgetErrors.alreadyVotedInPerson();
      // The group's rule across channels: the same row as the person's online ballots in the group's budgets.
      if (budget.voteGroupId)
        await this.voteGroups.claim(manager, budget.voteGroupId, budget.id, {
          censusEntryId: person.censusEntryId,
          userId: person.userId,
        });
      const voterKey = person.userId ? this.voterKey.of(budget.id, person.userId) : null;
      const votedOnline =
        voterKey !== null && (await this.marks.holdsCountedOnlineBallot(manager, budget.id, voterKey));
      const paperCounts = !votedOnline || precedence === PaperPrecedence.PAPER_WINS;
      if (votedOnline && paperCounts) await this.marks.setAsideOnlineBallot(manager, budget.id, voterKey!);
      if (!(await this.marks.insertMark(manager, budget.id, key, !paperCounts)))
        throw budgetErrors.alreadyVotedInPerson();
      // Private: who was marked stays out of the chain (no census code, no key); the outcome is counted in the turnout.
      await this.audit.append(manager, {
        actor: staffActor(command.staffId),
        action: 'budget.mark-voted-in-person',
        subjectType: 'budget',
        subjectId: budget.id,
        isPublic: false,
        payload: {
          outcome: !votedOnline ? 'PAPER_COUNTS' : paperCounts ? 'ONLINE_SET_ASIDE' : 'PAPER_SET_ASIDE',
        },
      });
      return paperCounts;
    });
  }

  /**
   * Called by a cast, inside its transaction, after the budget's locks, with
   * the census entry the cast read of the voter (none: nothing to find, as a
   * mark is by entry): refuses an online ballot from a person whose paper vote
   * counts, and holds the person's lock until the cast commits. Nothing to do
   * for online-only budgets.
   */
  async assertMayVoteOnline(manager: EntityManager, budgetId: string, entryId: string | null): Promise<void> {
    if ((await this.marks.paperPrecedence(manager, budgetId)) === null) return;
    if (!entryId) return;
    const key = this.personKey.of(budgetId, entryId);
    await this.marks.lockPerson(manager, key);
    const mark = await this.marks.mark(manager, budgetId, key);
    if (mark && !mark.setAside) throw budgetErrors.votedInPerson();
  }

  private async paperTaken(manager: EntityManager, budget: VotingBudget): Promise<PaperPrecedence> {
    const precedence = await this.marks.paperPrecedence(manager, budget.id);
    if (precedence === null) throw budgetErrors.paperNotTaken();
    return precedence;
  }
}
