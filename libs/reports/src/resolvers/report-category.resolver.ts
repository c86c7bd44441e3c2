import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Public, Role, Roles } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { UpsertReportCategoryInput } from '../dto/upsert-report-category.input';
import { CategoryService } from '../services/category.service';
import { ReportCategoryType } from '../types/report-category.type';

@Resolver(() => ReportCategoryType)
export class ReportCategoryResolver {
  constructor(private readonly categories: CategoryService) {}

  @Public()
  @Query(() => [ReportCategoryType], { description: 'Categories that take new reports.' })
  async reportCategories(): Promise<ReportCategoryType[]> {
    return (await this.categories.listActive()).map(ReportCategoryType.from);
  }

  @Roles(Role.STAFF)
  @Query(() => [ReportCategoryType], {
    description: 'Staff: every category, inactive ones too (they take no new reports), by group and name.',
  })
  async allReportCategories(): Promise<ReportCategoryType[]> {
    return (await this.categories.listAll()).map(ReportCategoryType.from);
  }

  @Roles(Role.STAFF)
  @Mutation(() => ReportCategoryType, { description: 'Staff: create a category or replace the one with this code.' })
  async upsertReportCategory(
    @Args('input') input: UpsertReportCategoryInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ReportCategoryType> {
    const attributes = input.attributes.map((a) => ({ ...a, datatypeDescription: a.datatypeDescription ?? null }));
    return ReportCategoryType.from(await this.categories.upsert({ ...input, attributes }, staffActor(staff.id)));
  }
}
