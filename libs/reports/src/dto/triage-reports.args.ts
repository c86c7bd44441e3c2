import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsLatitude, IsLongitude, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PublicReportsArgs } from './public-reports.args';

@InputType()
export class BoundingBoxInput {
  @Field(() => Float) @IsLatitude() south: number;
  @Field(() => Float) @IsLongitude() west: number;
  @Field(() => Float) @IsLatitude() north: number;
  @Field(() => Float) @IsLongitude() east: number;
}

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
