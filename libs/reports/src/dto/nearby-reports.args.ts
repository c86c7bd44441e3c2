import { ArgsType, Field, Float, Int } from '@nestjs/graphql';
import { IsInt, IsLatitude, IsLongitude, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class NearbyReportsArgs {
  @Field(() => Float)
  @IsLatitude()
  latitude: number;

  @Field(() => Float)
  @IsLongitude()
  longitude: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  categoryCode?: string | null;

  @Field(() => Int, { defaultValue: 250, description: 'FixMyStreet looks 250 m around.' })
  @IsInt()
  @Min(1)
  @Max(2000)
  radiusMeters = 250;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;
}
