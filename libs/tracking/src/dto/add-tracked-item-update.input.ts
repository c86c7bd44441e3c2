import { Field, ID, InputType } from '@nestjs/graphql';
import { MAX_NEWS_PHOTOS, Trimmed } from '@quorum/common';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
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
  @Trimmed()
  body: string;

  @Field({ description: 'The day it tells about, YYYY-MM-DD.' })
  @IsCalendarDate()
  occurredOn: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Photos uploaded first to POST /reports/photos (re-encoded, metadata dropped), at most ${MAX_NEWS_PHOTOS}, in the order shown.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NEWS_PHOTOS)
  @IsUUID('all', { each: true })
  photoIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'What each photo shows, for those who cannot see it (at most 300 characters), in the order of photoIds; a photo left without one (or an empty string) is described from its update.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NEWS_PHOTOS)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  photoAlts?: string[];
}
