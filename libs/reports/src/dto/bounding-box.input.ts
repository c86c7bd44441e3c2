import { Field, Float, InputType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude } from 'class-validator';

/** A box in WGS84 degrees. */
@InputType()
export class BoundingBoxInput {
  @Field(() => Float) @IsLatitude() south: number;
  @Field(() => Float) @IsLongitude() west: number;
  @Field(() => Float) @IsLatitude() north: number;
  @Field(() => Float) @IsLongitude() east: number;
}
