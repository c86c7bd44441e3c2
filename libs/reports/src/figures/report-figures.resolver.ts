import { Context, Int, ResolveField, Resolver } from '@nestjs/graphql';
import { KeyFiguresType } from '@quorum/municipality';
import { ReportFiguresRepository } from './report-figures.repository';

const COUNTS = Symbol('reportCounts');

@Resolver(() => KeyFiguresType)
export class ReportFiguresResolver {
  constructor(private readonly figures: ReportFiguresRepository) {}

  @ResolveField(() => Int, { description: 'Problems reported in public space.' })
  async issueReports(@Context() ctx: object): Promise<number> {
    return (await this.counts(ctx)).total;
  }

  @ResolveField(() => Int, { description: 'Reported problems the town hall has fixed.' })
  async fixedIssueReports(@Context() ctx: object): Promise<number> {
    return (await this.counts(ctx)).fixed;
  }

  /** Both fields from one query per request. */
  private counts(ctx: object): Promise<{ total: number; fixed: number }> {
    const host = ctx as { [COUNTS]?: Promise<{ total: number; fixed: number }> };
    host[COUNTS] ??= this.figures.counts();
    return host[COUNTS];
  }
}
