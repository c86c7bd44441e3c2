import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { BoundingBoxInput } from './bounding-box.input';
import { PublicReportsArgs } from './public-reports.args';

/** Staff's filters: the public ones (statuses, categories, district), and department, dates and area. */
@ArgsType()
export class TriageReportsArgs extends PublicReportsArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdFrom?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdTo?: Date;

  @Field(() => BoundingBoxInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BoundingBoxInput)
  boundingBox?: BoundingBoxInput;
}
