import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PRINTABLE, PRINTABLE_MULTILINE } from './proposal-fields';

/** Omitted fields stay; null clears an optional one. */
@InputType()
export class UpdateProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(150)
  @Matches(PRINTABLE, { message: 'must be printable text' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  @Matches(PRINTABLE_MULTILINE, { message: 'must be printable text' })
  body?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @Field(() => Number, { nullable: true })
  @ValidateIf((o: UpdateProposalInput) => o.latitude != null || o.longitude != null)
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  latitude?: number | null;

  @Field(() => Number, { nullable: true })
  @ValidateIf((o: UpdateProposalInput) => o.latitude != null || o.longitude != null)
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(PRINTABLE, { message: 'must be printable text' })
  address?: string | null;
}
