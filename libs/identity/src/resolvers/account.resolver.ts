import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { LimitedWrite } from '../auth/access.decorators';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DeleteMyAccountInput } from '../dto/delete-my-account.input';
import { AccountErasureService } from '../erasure/account-erasure.service';

@Resolver()
export class AccountResolver {
  constructor(private readonly erasure: AccountErasureService) {}

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
