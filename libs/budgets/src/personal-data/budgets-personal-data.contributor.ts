import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { VoterKey } from '../services/voter-key';

/**
 * Which budgets the resident voted in, never what they voted: participations
 * name the voter by a per-budget keyed hash, recomputed here for each budget,
 * and the ballot row they point to is not read.
 */
@Injectable()
export class BudgetsPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'budgets';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly voterKey: VoterKey,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const budgets: { id: string }[] = await manager.query(`SELECT id FROM budgets`);
    const keys = budgets.map((b) => this.voterKey.of(b.id, userId));
    const rows = keys.length
      ? await manager.query(
          `SELECT b.id AS "budgetId", b.title, true AS voted
             FROM budget_participations p JOIN budgets b ON b.id = p.budget_id
            WHERE p.voter_key = ANY($1) ORDER BY b.title, b.id`,
          [keys],
        )
      : [];
    return [
      {
        name: 'participations',
        description: {
          fr: 'Les budgets participatifs dans lesquels vous avez voté. Le contenu de vos bulletins n’y figure pas : le vote est secret, et la plateforme ne garde aucun lien lisible entre vous et votre bulletin.',
          en: 'The participatory budgets you voted in. The content of your ballots is not included: the vote is secret, and the platform keeps no readable link between you and your ballot.',
        },
        rows,
      },
    ];
  }
}
