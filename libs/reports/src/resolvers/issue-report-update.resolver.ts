import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role } from '@quorum/access';
import { IssueReportUpdateType } from '../types/issue-report-update.type';

const STAFF_ROLES: readonly Role[] = [Role.STAFF, Role.ADMIN];

@Resolver(() => IssueReportUpdateType)
export class IssueReportUpdateResolver {
  @ResolveField(() => ID, {
    nullable: true,
    description: 'Staff member who made the change; null unless you are staff.',
  })
  authorId(@Parent() update: IssueReportUpdateType, @CurrentUser() user: AuthenticatedUser | null): string | null {
    return user && STAFF_ROLES.includes(user.role) ? update.authorId : null;
  }
}
