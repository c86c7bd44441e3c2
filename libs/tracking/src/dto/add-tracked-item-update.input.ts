import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from './calendar-date';

/** Staff: public news on an item; its followers are told of it. */
@InputType()
export class AddTrackedItemUpdateInput {
  @Field(() => ID)
  @IsUUID()
  trackedItemId: string;

  @Field({ description: 'Public text.' })
  @IsString()
  @MinLength(10)
  @MaxLength(4000)
  body: string;

  @Field({ description: 'The day it tells about, YYYY-MM-DD.' })
  @IsCalendarDate()
  occurredOn: string;
}
