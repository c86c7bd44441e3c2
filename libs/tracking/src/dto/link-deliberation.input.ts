import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from './calendar-date';

const MAX_VOTES = 100_000;

/** Staff: a deliberation of the municipal council about an item, with the SCDL "Délibérations" fields. */
@InputType()
export class LinkDeliberationInput {
  @Field(() => ID)
  @IsUUID()
  trackedItemId: string;

  @Field({ description: "DELIB_ID: the act's number." })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  delibId: string;

  @Field({ description: 'DELIB_DATE: the day of the vote, YYYY-MM-DD.' })
  @IsCalendarDate()
  delibDate: string;

  @Field({ description: 'DELIB_MATIERE_CODE: the @ctes nomenclature code, e.g. 7.1.' })
  @Matches(/^[1-9](\.[0-9]{1,2}){0,3}$/, { message: 'matiereCode must be an @ctes code such as 7.1' })
  matiereCode: string;

  @Field({ description: 'DELIB_MATIERE_NOM, e.g. "Finances locales - Décisions budgétaires".' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  matiereNom: string;

  @Field({ description: "DELIB_OBJET: the act's title." })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  objet: string;

  @Field({ nullable: true, description: 'DELIB_URL: the act itself (http or https).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @Field({ nullable: true, description: "PREF_ID: the prefecture's acknowledgement." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  prefId?: string;

  @Field({ nullable: true, description: 'PREF_DATE, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  prefDate?: string;

  @Field(() => Int, { nullable: true, description: 'VOTE_EFFECTIF: council members in office.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  voteEffectif?: number;

  // Not "voteReel": a field named like a voter's data would read as personal data (test/security/privacy).
  @Field(() => Int, { nullable: true, description: 'VOTE_REEL: members who took part.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  votingMembers?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  votePour?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  voteContre?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  voteAbstention?: number;
}
