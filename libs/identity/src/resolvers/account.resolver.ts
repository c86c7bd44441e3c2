import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, LimitedWrite } from '@quorum/access';
import { ChangePasswordInput } from '../dto/change-password.input';
import { DeleteMyAccountInput } from '../dto/delete-my-account.input';
import { UpdateMyAccountInput } from '../dto/update-my-account.input';
import { AccountErasureService } from '../erasure/account-erasure.service';
import { AccountSettingsService } from '../services/account-settings.service';
import { AuthPayloadType } from '../types/auth-payload.type';
import { UserType } from '../types/user.type';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly erasure: AccountErasureService,
    private readonly settings: AccountSettingsService,
  ) {}

  @LimitedWrite()
  @Mutation(() => UserType, { description: 'Changes the signed-in account’s display name.' })
  async updateMyAccount(
    @Args('input') input: UpdateMyAccountInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserType> {
    return UserType.from(await this.settings.rename(user.id, input.displayName));
  }

  // It checks the password: limited so that a stolen token cannot be used to guess it.
  @LimitedWrite()
  @Mutation(() => AuthPayloadType, {
    description:
      'Changes the signed-in account’s password. Tokens signed before stop working (use the one returned) and the account’s other website sessions end; the caller’s own session stays.',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: AuthenticatedUser,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayloadType> {
    const keep = ctx.req.quorumAuth?.sessionId ?? null;
    const changed = await this.settings.changePassword(user.id, input.currentPassword, input.newPassword, keep);
    return { token: changed.token, user: UserType.from(changed) };
  }

  // It checks the password: limited so that a stolen token cannot be used to guess it.
  @LimitedWrite()
  @Mutation(() => Boolean, {
    description:
      'Erases the signed-in account (email, name, credentials). Ballots stay counted; they never carried an identity.',
  })
  async deleteMyAccount(
    @Args('input') input: DeleteMyAccountInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<boolean> {
    await this.erasure.erase(user.id, input.password, input.deleteContributions ?? false);
    return true;
  }
}
