import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from './calendar-date';

/** Photos one update may show. */
export const MAX_UPDATE_PHOTOS = 6;

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

  @Field(() => [ID], {
    nullable: true,
    description: `Photos uploaded first to POST /reports/photos (re-encoded, metadata dropped), at most ${MAX_UPDATE_PHOTOS}, in the order shown.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_UPDATE_PHOTOS)
  @IsUUID('all', { each: true })
  photoIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'What each photo shows, for those who cannot see it (at most 300 characters), in the order of photoIds; a photo left without one (or an empty string) is described from its update.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_UPDATE_PHOTOS)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  photoAlts?: string[];
}
