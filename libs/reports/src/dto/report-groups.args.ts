import { ArgsType, Field, Int, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { BoundingBoxInput } from './bounding-box.input';
import { PublicReportsArgs } from './public-reports.args';

/** At most 16 × 16 groups: a map's worth of markers. */
export const MAX_GRID_DIVISIONS = 16;

/** The public list's filters, without its pages, and the grid its reports are counted in. */
@ArgsType()
export class ReportGroupsArgs extends OmitType(PublicReportsArgs, ['first', 'after'] as const, ArgsType) {
  @Field(() => Int, { defaultValue: 6, description: 'The grid has divisions × divisions cells (1 to 16).' })
  @IsInt()
  @Min(1)
  @Max(MAX_GRID_DIVISIONS)
  divisions: number = 6;

  @Field(() => BoundingBoxInput, {
    nullable: true,
    description:
      "The box the grid divides (reports outside it count in its edge cells); by default the circle's square with `near`, otherwise the reports' own extent.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BoundingBoxInput)
  box?: BoundingBoxInput;
}
