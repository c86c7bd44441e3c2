import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite } from '@quorum/access';
import { UpdateMyMailPreferencesInput } from '../dto/update-my-mail-preferences.input';
import { MailPreferencesService } from '../services/mail-preferences.service';
import { MailPreferencesType } from '../types/mail-preferences.type';

@Resolver(() => MailPreferencesType)
export class MailPreferencesResolver {
  constructor(private readonly preferences: MailPreferencesService) {}

  @Query(() => MailPreferencesType, { description: 'Which kinds of messages the signed-in resident receives.' })
  async myMailPreferences(@CurrentUser() user: AuthenticatedUser): Promise<MailPreferencesType> {
    return MailPreferencesType.from(await this.preferences.of(user.id));
  }

  @LimitedWrite()
  @Mutation(() => MailPreferencesType, {
    description: 'Choose which kinds of messages to receive: the same unsubscriptions as the links in each message.',
  })
  async updateMyMailPreferences(
    @Args('input') input: UpdateMyMailPreferencesInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MailPreferencesType> {
    return MailPreferencesType.from(await this.preferences.update(user.id, input));
  }
}
