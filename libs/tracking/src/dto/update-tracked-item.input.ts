import { Trimmed } from '@quorum/common';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';
import { IsCalendarDate } from './calendar-date';

/** Largest amount in cents: 100 billion euros, well inside a JavaScript number's exact integers. */
export const MAX_CENTS = 10_000_000_000_000;

/**
 * Staff: change what is known of an item; a field left out keeps its value,
 * `null` clears a date, the department or the place (both coordinates).
 */
@InputType()
export class UpdateTrackedItemInput {
  @Field(() => ID)
  @IsUUID()
  trackedItemId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Trimmed()
  title?: string;

  @Field(() => TrackedItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TrackedItemStatus)
  status?: TrackedItemStatus;

  @Field({ nullable: true, description: 'Public; required with ABANDONED, refused otherwise.' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  @Trimmed()
  abandonReason?: string;

  @Field(() => Int, { nullable: true, description: '0 to 100; DONE means 100 (set when left out).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  plannedStartOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  plannedEndOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  actualStartOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  actualEndOn?: string | null;

  @Field(() => Number, { nullable: true, description: 'Money committed, in integer cents.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  committedCents?: number;

  @Field(() => Number, { nullable: true, description: 'Money spent, in integer cents.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  spentCents?: number;

  @Field(() => String, { nullable: true, description: 'The department in charge.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  department?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Where it is done, WGS84 latitude (with longitude: a place has both); null clears the place.',
  })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsNumber()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 longitude (with latitude); null clears the place.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsNumber()
  @IsLongitude()
  longitude?: number | null;
}
