import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { BallotRepository } from '../repositories/ballot.repository';
import { BudgetFollowRepository } from '../repositories/budget-follow.repository';
import { BudgetRepository } from '../repositories/budget.repository';
import { VoterKey } from '../services/voter-key';
import { CensusPersonLookup } from '@quorum/identity';
import { InPersonVoteRepository } from '../repositories/in-person-vote.repository';
import { PersonKey } from '../services/person-key';

/**
 * Which budgets the resident follows and voted in, never what they voted: participations
 * name the voter by a per-budget keyed hash, recomputed here for each budget,
 * and the ballot row they point to is not read.
 */
@Injectable()
export class BudgetsPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'budgets';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly voterKey: VoterKey,
    private readonly budgets: BudgetRepository,
    private readonly ballots: BallotRepository,
    private readonly follows: BudgetFollowRepository,
    private readonly people: CensusPersonLookup,
    private readonly personKey: PersonKey,
    private readonly inPerson: InPersonVoteRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const keys = (await this.budgets.allIds(manager)).map((budgetId) => this.voterKey.of(budgetId, userId));
    const rows = await this.ballots.votedBudgets(manager, keys);
    return [
      {
        name: 'participations',
        description: {
          fr: 'Les budgets participatifs dans lesquels vous avez voté. Le contenu de vos bulletins n’y figure pas : le vote est secret, et la plateforme ne garde aucun lien lisible entre vous et votre bulletin.',
          en: 'The participatory budgets you voted in. The content of your ballots is not included: the vote is secret, and the platform keeps no readable link between you and your ballot.',
        },
        rows,
      },
      {
        name: 'follows',
        description: {
          fr: 'Les budgets participatifs que vous suivez (leur identifiant) : vous recevez un message à la publication de leurs résultats.',
          en: 'The participatory budgets you follow (their id): you receive a message when their results are published.',
        },
        rows: await this.follows.ofUser(manager, userId),
      },
      {
        name: 'in-person-votes',
        description: {
          fr: 'Les budgets participatifs où un agent vous a inscrit comme ayant voté au bureau de vote (par votre code de recensement), et si ce vote papier compte (l’autre vote est alors mis de côté selon la règle du budget). Votre bulletin papier n’y est relié d’aucune façon.',
          en: "The participatory budgets in which staff marked you as having voted at a polling place (by your census code), and whether that paper vote counts (the other vote is then set aside under the budget's rule). Your paper sheet is not linked to you in any way.",
        },
        rows: await this.inPersonVotes(manager, userId),
      },
    ];
  }

  private async inPersonVotes(manager: EntityManager, userId: string): Promise<Record<string, unknown>[]> {
    const entryId = await this.people.entryOfUser(manager, userId);
    if (!entryId) return [];
    const keys = (await this.budgets.allIds(manager)).map((budgetId) => ({
      budgetId,
      personKey: this.personKey.of(budgetId, entryId),
    }));
    return this.inPerson.marksOf(manager, keys);
  }
}
