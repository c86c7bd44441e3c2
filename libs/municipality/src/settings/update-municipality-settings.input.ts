import { NotBlank, Trimmed } from '@quorum/common';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { HEX_COLOUR } from './colour-contrast';
import { AccessibilityConformity } from './municipality-legal';
import { BOUNDS_MARGIN_RANGE, DEFAULT_BOUNDS_MARGIN_METERS, MAP_ZOOM_RANGE } from './municipality-map';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Optional texts: trimmed, and absent (null) when nothing is left, never an empty line on the public pages. */
const OPTIONAL_TEXT = 'Trimmed; null, empty or blank means none.';
/**
 * Each item is a bullet of the accessibility statement: a blank one would publish an empty bullet. It is refused
 * rather than dropped, so the staff member sees the slip (a line they meant to fill in) instead of a list that
 * silently lost an entry.
 */
const BLANK_ITEM = 'must not contain a blank item';
const LIST_ITEMS = 'Each item trimmed; a blank item is refused.';

@InputType()
export class MunicipalityLegalInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Trimmed()
  publisherName: string;

  @Field()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  @Trimmed()
  publisherAddress: string;

  @Field(() => String, { nullable: true, description: OPTIONAL_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Trimmed()
  publisherPhone?: string | null;
  @Field() @IsEmail() @MaxLength(254) publisherEmail: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Trimmed()
  publicationDirector: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Trimmed()
  hostName: string;

  @Field()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  @Trimmed()
  hostAddress: string;

  @Field(() => String, { nullable: true, description: OPTIONAL_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Trimmed()
  hostPhone?: string | null;

  @Field(() => String, { nullable: true, description: OPTIONAL_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Trimmed()
  dpoName?: string | null;
  @Field() @IsEmail() @MaxLength(254) dpoEmail: string;

  @Field(() => String, { nullable: true, description: OPTIONAL_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Trimmed()
  dpoAddress?: string | null;
  @Field(() => AccessibilityConformity)
  @IsEnum(AccessibilityConformity)
  accessibilityConformity: AccessibilityConformity;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  accessibilityScore?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  accessibilityAuditDate?: string | null;
  @Field(() => String, { nullable: true, description: OPTIONAL_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Trimmed()
  accessibilityAuditor?: string | null;
  @Field(() => [String], { defaultValue: [], description: LIST_ITEMS })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @NotBlank({ each: true, message: BLANK_ITEM })
  @Trimmed({ each: true })
  accessibilityNonCompliances: string[];
  @Field(() => [String], { defaultValue: [], description: LIST_ITEMS })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @NotBlank({ each: true, message: BLANK_ITEM })
  @Trimmed({ each: true })
  accessibilityDerogations: string[];
  @Field() @IsEmail() @MaxLength(254) accessibilityContactEmail: string;
  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  accessibilityStatementDate: string;
}

@InputType({ description: "The commune's background map; checked further by the service (placeholders, zooms)." })
export class MunicipalityMapInput {
  @Field({ description: 'Tile URL template, http(s), with {z}, {x} and {y} and no other placeholder.' })
  @IsString()
  @MaxLength(500)
  @Trimmed()
  tileUrlTemplate: string;

  @Field({ description: "The attribution the tiles' licence requires, plain text." })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  @Trimmed()
  attribution: string;

  @Field(() => Int)
  @IsInt()
  @Min(MAP_ZOOM_RANGE.min)
  @Max(MAP_ZOOM_RANGE.max)
  minZoom: number;

  @Field(() => Int)
  @IsInt()
  @Min(MAP_ZOOM_RANGE.min)
  @Max(MAP_ZOOM_RANGE.max)
  maxZoom: number;

  @Field(() => Int, {
    defaultValue: DEFAULT_BOUNDS_MARGIN_METERS,
    description: "How far past the box of the commune's districts maps may be panned, in metres (0 to 50,000).",
  })
  @IsInt()
  @Min(BOUNDS_MARGIN_RANGE.min)
  @Max(BOUNDS_MARGIN_RANGE.max)
  boundsMarginMeters: number;
}

@InputType({ description: 'Each field optional: omitted fields stay as they are.' })
export class UpdateMunicipalitySettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  @Trimmed()
  name?: string;

  @Field({
    nullable: true,
    description: '#rrggbb, with at least 4.5:1 contrast against white and the light grey of the site (WCAG AA).',
  })
  @IsOptional()
  @Matches(HEX_COLOUR, { message: 'must be a colour as #rrggbb' })
  primaryColor?: string;

  @Field({
    nullable: true,
    description: 'A data URL (PNG, JPEG, WebP or SVG, at most 300,000 characters); stored re-encoded as PNG.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300_000)
  @Matches(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
    message: 'must be a base64 data URL of a PNG, JPEG, WebP or SVG image',
  })
  logo?: string;

  @Field({ nullable: true, description: 'Removes the logo (the name is shown alone).' })
  @IsOptional()
  @IsBoolean()
  removeLogo?: boolean;

  @Field(() => MunicipalityLegalInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityLegalInput)
  legal?: MunicipalityLegalInput;

  @Field(() => MunicipalityMapInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityMapInput)
  map?: MunicipalityMapInput;

  @Field({ nullable: true, description: "Goes back to the platform's default map (MAP_TILE_URL)." })
  @IsOptional()
  @IsBoolean()
  resetMap?: boolean;
}
