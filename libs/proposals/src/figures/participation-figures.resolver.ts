import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { KeyFiguresType } from '@quorum/municipality';
import { ParticipationFiguresRepository } from './participation-figures.repository';

@Resolver(() => KeyFiguresType)
export class ParticipationFiguresResolver {
  constructor(private readonly figures: ParticipationFiguresRepository) {}

  @ResolveField(() => Int, {
    description: 'People who published a proposal, supported one or commented (ballots are anonymous, counted apart).',
  })
  participants(): Promise<number> {
    return this.figures.participants();
  }

  @ResolveField(() => Int, { description: 'Published proposals, hidden ones excepted.' })
  proposals(): Promise<number> {
    return this.figures.proposals();
  }

  @ResolveField(() => Int, { description: 'Supports given to proposals.' })
  supports(): Promise<number> {
    return this.figures.supports();
  }
}
