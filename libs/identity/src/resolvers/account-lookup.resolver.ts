import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { AccountLookupArgs } from '../dto/account-lookup.args';
import { ACCOUNT_LOOKUP_LIMIT, AccountLookupService } from '../services/account-lookup.service';
import { AccountLookupResultsType } from '../types/account-lookup-results.type';
import { AccountLookupType } from '../types/account-lookup.type';

@Resolver()
export class AccountLookupResolver {
  constructor(private readonly lookups: AccountLookupService) {}

  @Roles(Role.STAFF)
  @Query(() => AccountLookupResultsType, {
    description: `Staff: find a resident's account to verify them in person, by email address (exactly) or display name (at most ${ACCOUNT_LOOKUP_LIMIT} accounts); each lookup is in the audit log.`,
  })
  async accountLookup(
    @Args() { search }: AccountLookupArgs,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<AccountLookupResultsType> {
    const rows = await this.lookups.lookUp(search, staff.id);
    return {
      accounts: rows.slice(0, ACCOUNT_LOOKUP_LIMIT).map(AccountLookupType.from),
      more: rows.length > ACCOUNT_LOOKUP_LIMIT,
    };
  }
}
