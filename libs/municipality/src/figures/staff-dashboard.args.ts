import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class StaffDashboardArgs {
  @Field(() => Int, { defaultValue: 30, description: 'Days covered, ending today: 7 to 366.' })
  @IsInt()
  @Min(7)
  @Max(366)
  days: number = 30;
}
