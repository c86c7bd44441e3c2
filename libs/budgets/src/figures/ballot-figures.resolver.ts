import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { KeyFiguresType } from '@quorum/municipality';
import { BallotFiguresRepository } from './ballot-figures.repository';

@Resolver(() => KeyFiguresType)
export class BallotFiguresResolver {
  constructor(private readonly figures: BallotFiguresRepository) {}

  @ResolveField(() => Int, {
    description: 'Ballots counted in participatory budgets (one per voter and budget, paper ones included).',
  })
  ballots(): Promise<number> {
    return this.figures.ballots();
  }
}
