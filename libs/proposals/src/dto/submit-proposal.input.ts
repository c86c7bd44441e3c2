import { IsPrintableMultilineText, IsPrintableText, NotBlank, Trimmed } from '@quorum/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

@InputType()
export class SubmitProposalInput {
  @Field(() => ID)
  @IsUUID()
  consultationId: string;

  @Field({ description: '10 to 150 characters.' })
  @IsString()
  @MinLength(10)
  @MaxLength(150)
  @IsPrintableText()
  @Trimmed()
  title: string;

  @Field({ description: 'Markdown, up to 10,000 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  @IsPrintableMultilineText()
  @NotBlank()
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @Field(() => Number, { nullable: true, description: 'WGS84; give longitude too.' })
  @ValidateIf((o: SubmitProposalInput) => o.latitude != null || o.longitude != null)
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  latitude?: number | null;

  @Field(() => Number, { nullable: true, description: 'WGS84; give latitude too.' })
  @ValidateIf((o: SubmitProposalInput) => o.latitude != null || o.longitude != null)
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsPrintableText()
  @Trimmed()
  address?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the client picks once per submission (a form shows it in a hidden field): sending the same submission again (a double click, a retry) returns the proposal it made instead of a second one.',
  })
  @IsOptional()
  @IsUUID()
  submissionId?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Keep it as a draft only its author sees.' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}
