import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { EntityManager } from 'typeorm';
import { budgetErrors } from '../errors/budget.exception';
import { BallotRepository } from '../repositories/ballot.repository';
import { BudgetRepository } from '../repositories/budget.repository';
import { InPersonVoteRepository } from '../repositories/in-person-vote.repository';
import { PersonKey } from './person-key';
import { VoterKey } from './voter-key';
import { VotingPerson } from './voting-person';

/**
 * Decidim's "one" workflow (BUDGET_VOTING_WORKFLOW=one): a person takes part
 * in at most one budget of a vote (budgets sharing a consultation, or all
 * standalone ones), online or at a polling place. Called by a cast and by a
 * mark, in their transactions, after the budget's locks and before the
 * person's lock in the budget (InPersonVoteRepository.lockPerson), so both
 * paths lock in one order.
 *
 * The advisory lock names the person as the mark does (their census entry;
 * an account without one by the account), so one person's casts and marks
 * across the vote's budgets queue behind each other: the check reads what
 * the previous one committed (READ COMMITTED reads afresh per statement), and
 * two attempts in two budgets cannot both pass. In memory only: it records
 * nothing that links the person to a budget beyond the participation or
 * mark the vote writes anyway.
 */
@Injectable()
export class VotingWorkflow {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly budgets: BudgetRepository,
    private readonly ballots: BallotRepository,
    private readonly marks: InPersonVoteRepository,
    private readonly voterKey: VoterKey,
    private readonly personKey: PersonKey,
  ) {}

  /** ALREADY_VOTED_ELSEWHERE when the person holds an online ballot or a mark in another budget of the vote. */
  async assertNotVotedElsewhere(
    manager: EntityManager,
    budget: { id: string; consultationId: string | null },
    voter: VotingPerson,
  ): Promise<void> {
    if (this.config.budgets.votingWorkflow !== 'one') return;
    const { userId, censusEntryId: entryId } = voter;
    const person = entryId !== null ? `census:${entryId}` : `user:${userId}`;
    await this.ballots.lockVoter(manager, `ballot-workflow:${this.voterKey.of('one', person)}`);
    const others = await this.budgets.othersOfVote(manager, budget.id, budget.consultationId);
    if (userId !== null) {
      const participations = others.map((id) => ({ budgetId: id, voterKey: this.voterKey.of(id, userId) }));
      if (await this.ballots.anyParticipation(manager, participations)) throw budgetErrors.alreadyVotedElsewhere();
    }
    if (entryId !== null) {
      const marks = others.map((id) => ({ budgetId: id, personKey: this.personKey.of(id, entryId) }));
      if (await this.marks.anyMark(manager, marks)) throw budgetErrors.alreadyVotedElsewhere();
    }
  }
}
