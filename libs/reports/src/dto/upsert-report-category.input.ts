import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Open311Datatype } from '../types/open311-datatype.enum';

@InputType()
export class AttributeValueInput {
  @Field() @IsString() @MinLength(1) @MaxLength(64) key: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) name: string;
}

@InputType()
export class CategoryAttributeInput {
  @Field()
  @IsString()
  @Matches(/^[a-z0-9_]{1,64}$/, { message: 'must be lower-case letters, digits or _' })
  code: string;
  @Field(() => Open311Datatype) @IsEnum(Open311Datatype) datatype: Open311Datatype;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() required = false;
  @Field(() => Int) @IsInt() @Min(1) order: number;
  @Field() @IsString() @MinLength(1) @MaxLength(500) description: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(255) datatypeDescription?:
    string | null;
  @Field(() => [AttributeValueInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => AttributeValueInput)
  values: AttributeValueInput[] = [];
}

@InputType()
export class UpsertReportCategoryInput {
  @Field({ description: 'Open311 service_code; creates the category or replaces the one with this code.' })
  @IsString()
  @Matches(/^[a-z0-9_-]{1,64}$/, { message: 'must be lower-case letters, digits, - or _' })
  code: string;

  @Field() @IsString() @MinLength(2) @MaxLength(120) name: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(2000) description = '';
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(120) group = '';
  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  keywords: string[] = [];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) department?: string | null;
  @Field(() => [CategoryAttributeInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => CategoryAttributeInput)
  attributes: CategoryAttributeInput[] = [];
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() active = true;
}
