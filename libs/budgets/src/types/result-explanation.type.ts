import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EqualSharesProjectTrace, GreedyProjectTrace, ResultExplanation } from '@quorum/tally';
import { BudgetProjectType } from './budget-project.type';

/** How a project fared under Equal Shares. */
export enum ProjectOutcome {
  FUNDED = 'FUNDED',
  COMPLETION = 'COMPLETION',
  UNFUNDED = 'UNFUNDED',
}

registerEnumType(ProjectOutcome, {
  name: 'ProjectOutcome',
  description:
    "FUNDED: paid by its supporters' shares in one of the rounds; COMPLETION: added after the rounds by a completion step; UNFUNDED: its supporters could not pay its cost.",
});

@ObjectType('PaymentLevel', { description: 'Supporters of a funded project who paid the same amount for it.' })
export class PaymentLevelType {
  @Field(() => Float, { description: 'Euros, to the cent.' })
  amount: number;

  @Field(() => Int)
  voters: number;

  @Field({ description: 'They paid all they still had, less than the others.' })
  paidAll: boolean;
}

@ObjectType('EqualSharesProjectExplanation')
export class EqualSharesProjectExplanationType {
  @Field(() => BudgetProjectType)
  project: BudgetProjectType;

  @Field(() => ProjectOutcome)
  outcome: ProjectOutcome;

  @Field(() => Int, { nullable: true, description: 'FUNDED: the round (from 1) in which it was funded.' })
  round: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'FUNDED: what its supporters held at the start of its round; UNFUNDED: what they held when they ran short.',
  })
  supportersHeld: number | null;

  @Field(() => Float, { nullable: true, description: 'FUNDED: the largest payment of one supporter.' })
  maxPayment: number | null;

  @Field(() => Float, { nullable: true, description: 'FUNDED: cost divided by the largest payment (equalshares.net).' })
  effectiveVotes: number | null;

  @Field(() => [PaymentLevelType], { description: 'FUNDED: what its supporters paid, highest first.' })
  payments: PaymentLevelType[];

  @Field(() => Int, {
    nullable: true,
    description:
      'UNFUNDED: the round at whose start its supporters could no longer pay it (rounds + 1: when they ended).',
  })
  droppedAtRound: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "UNFUNDED: effective support in percent (equalshares.net): the largest share of its cost its supporters could pay at the price a round's winner was bought at; 100 would have won.",
  })
  effectiveSupport: number | null;
}

@ObjectType('EqualSharesExplanation')
export class EqualSharesExplanationType {
  @Field(() => Float, { description: 'Starting share of each voter: budget / voters, plus the ADD1 increment.' })
  perVoterBudget: number;

  @Field(() => Int, { nullable: true, description: 'ADD1 completion: the per-voter increment k kept; null without.' })
  add1Increment: number | null;

  @Field(() => Int)
  rounds: number;

  @Field(() => [EqualSharesProjectExplanationType], { description: 'Funded in round order, then the others.' })
  projects: EqualSharesProjectExplanationType[];
}

@ObjectType('GreedyProjectExplanation')
export class GreedyProjectExplanationType {
  @Field(() => BudgetProjectType)
  project: BudgetProjectType;

  @Field()
  funded: boolean;

  @Field(() => Int, { description: 'Place in the order of votes (from 1).' })
  position: number;

  @Field(() => Float, { nullable: true, description: 'Not funded: the money left when its turn came.' })
  moneyLeft: number | null;

  @Field(() => BudgetProjectType, {
    nullable: true,
    description: 'Not funded: the funded project after which what was left no longer covered its cost.',
  })
  takenBy: BudgetProjectType | null;
}

@ObjectType('OutcomeFigures', { description: 'What equalshares.net compares between rules.' })
export class OutcomeFiguresType {
  @Field(() => Int, { description: 'Voters with at least one funded project they voted for.' })
  votersWithFunded: number;

  @Field(() => Float, { description: 'votersWithFunded / ballots (0 to 1).' })
  shareWithFunded: number;

  @Field(() => Float, { description: 'Average number of funded projects a voter voted for.' })
  averageFunded: number;
}

@ObjectType('RuleExplanation', { description: 'Why each project won or lost under one rule.' })
export class RuleExplanationType {
  @Field(() => OutcomeFiguresType)
  figures: OutcomeFiguresType;

  @Field(() => EqualSharesExplanationType, { nullable: true, description: 'Equal Shares only.' })
  equalShares: EqualSharesExplanationType | null;

  @Field(() => [GreedyProjectExplanationType], { nullable: true, description: 'Greedy only, in the order of votes.' })
  greedy: GreedyProjectExplanationType[] | null;

  /** Projects no longer on the list (none in practice: the ballot is fixed at opening) are left out. */
  static from(e: ResultExplanation, byId: ReadonlyMap<string, BudgetProjectType>): RuleExplanationType {
    const trace = e.trace;
    return Object.assign(new RuleExplanationType(), {
      figures: e.figures,
      equalShares:
        trace?.kind === 'equal-shares'
          ? {
              perVoterBudget: trace.perVoterBudget,
              add1Increment: trace.add1Increment,
              rounds: trace.rounds,
              projects: inRoundOrder(trace.projects).flatMap((p) => equalSharesProject(p, byId)),
            }
          : null,
      greedy:
        trace?.kind === 'greedy'
          ? [...trace.projects].sort((a, b) => a.position - b.position).flatMap((p) => greedyProject(p, byId))
          : null,
    });
  }
}

function inRoundOrder(projects: readonly EqualSharesProjectTrace[]): EqualSharesProjectTrace[] {
  const rank = (p: EqualSharesProjectTrace) => (p.outcome === 'funded' ? p.round : Infinity);
  return [...projects].sort((a, b) => rank(a) - rank(b));
}

function equalSharesProject(
  p: EqualSharesProjectTrace,
  byId: ReadonlyMap<string, BudgetProjectType>,
): EqualSharesProjectExplanationType[] {
  const project = byId.get(p.id);
  if (!project) return [];
  const none = {
    round: null,
    supportersHeld: null,
    maxPayment: null,
    effectiveVotes: null,
    payments: [],
    droppedAtRound: null,
    effectiveSupport: null,
  };
  switch (p.outcome) {
    case 'funded':
      return [
        {
          ...none,
          project,
          outcome: ProjectOutcome.FUNDED,
          ...pick(p, 'round', 'supportersHeld', 'maxPayment', 'effectiveVotes'),
          payments: [...p.payments],
        },
      ];
    case 'completion':
      return [{ ...none, project, outcome: ProjectOutcome.COMPLETION }];
    case 'unfunded':
      return [
        {
          ...none,
          project,
          outcome: ProjectOutcome.UNFUNDED,
          ...pick(p, 'droppedAtRound', 'supportersHeld', 'effectiveSupport'),
        },
      ];
  }
}

function greedyProject(
  p: GreedyProjectTrace,
  byId: ReadonlyMap<string, BudgetProjectType>,
): GreedyProjectExplanationType[] {
  const project = byId.get(p.id);
  if (!project) return [];
  if (p.outcome === 'funded') return [{ project, funded: true, position: p.position, moneyLeft: null, takenBy: null }];
  const takenBy = p.takenBy === null ? null : (byId.get(p.takenBy) ?? null);
  return [{ project, funded: false, position: p.position, moneyLeft: p.moneyLeft, takenBy }];
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}
