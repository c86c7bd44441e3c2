import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@quorum/access';
import { KeyFiguresType } from './key-figures.type';

@Resolver(() => KeyFiguresType)
export class KeyFiguresResolver {
  @Public()
  @Query(() => KeyFiguresType, { description: 'Participation figures of the platform, public.' })
  keyFigures(): KeyFiguresType {
    return new KeyFiguresType();
  }
}
