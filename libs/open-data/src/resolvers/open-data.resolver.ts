import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { RequestExportInput } from '../dto/request-export.input';
import { ExportJobs } from '../services/export-jobs';
import { ExportJobType } from '../types/export-job.type';

/** Staff trigger exports outside the nightly run; the files themselves are public at /open-data. */
@Roles(Role.STAFF)
@Resolver()
export class OpenDataResolver {
  constructor(private readonly exports: ExportJobs) {}

  @Mutation(() => ExportJobType, {
    description:
      'Staff: export one dataset in one format now (then the data package and zip); follow it with exportJob.',
  })
  async requestExport(
    @Args('input') input: RequestExportInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ExportJobType> {
    return this.exports.request(input.dataset, input.format, new Date(), staffActor(staff.id));
  }

  @Query(() => ExportJobType, { description: 'Staff: the status and progress of an export job.' })
  async exportJob(@Args('id', { type: () => ID }) id: string): Promise<ExportJobType> {
    return this.exports.get(id);
  }
}
