import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite } from '@quorum/access';
import { DataExportService } from '../services/data-export.service';
import { DataExportType } from '../types/data-export.type';

@Resolver(() => DataExportType)
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  // Each request builds an archive: limited like every other write.
  @LimitedWrite()
  @Mutation(() => DataExportType, {
    description:
      'Right of access: queue an archive (JSON, CSV, README) of everything held about the signed-in resident. Follow it with myDataExport.',
  })
  async requestMyData(@CurrentUser() user: AuthenticatedUser): Promise<DataExportType> {
    return DataExportType.from(await this.exports.request(user.id));
  }

  @Query(() => DataExportType, {
    nullable: true,
    description: 'The latest data-access request of the signed-in resident.',
  })
  async myDataExport(@CurrentUser() user: AuthenticatedUser): Promise<DataExportType | null> {
    const latest = await this.exports.latest(user.id);
    return latest ? DataExportType.from(latest) : null;
  }
}
