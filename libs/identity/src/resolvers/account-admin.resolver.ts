import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { Connection, mapConnection } from '@quorum/common';
import { AccountsArgs } from '../dto/accounts.args';
import { SetAccountRoleInput } from '../dto/set-account-role.input';
import { AccountRoleService } from '../services/account-role.service';
import { ManagedAccountConnection, ManagedAccountType } from '../types/managed-account.type';

/** Admins only: the accounts of the platform and their roles. */
@Roles(Role.ADMIN)
@Resolver()
export class AccountAdminResolver {
  constructor(private readonly roles: AccountRoleService) {}

  @Query(() => ManagedAccountConnection, {
    description: 'Admin: accounts, newest first, by part of their email or name and by role.',
  })
  async accounts(@Args() args: AccountsArgs): Promise<Connection<ManagedAccountType>> {
    const { first, after, ...filter } = args;
    const page = await this.roles.list(filter, first, after);
    return mapConnection(page, (a) => ManagedAccountType.from(a.user, a.verified));
  }

  @Mutation(() => ManagedAccountType, {
    description: 'Admin: give an account a role (RESIDENT, STAFF, ADMIN); never your own (OWN_ROLE).',
  })
  async setAccountRole(
    @Args('input') input: SetAccountRoleInput,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<ManagedAccountType> {
    const { user, verified } = await this.roles.setRole(input.userId, input.role, admin.id);
    return ManagedAccountType.from(user, verified);
  }
}
