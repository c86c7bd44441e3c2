import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MunicipalityLegalType } from '../settings/municipality-legal.type';
import { MunicipalityMapType } from '../settings/municipality-map.type';
import type { DistrictType } from './district.type';

/** Where the commune's logo is served, by content hash. */
export function logoPath(sha256: string): string {
  return `/municipality/logo/${sha256}.png`;
}

@ObjectType('Municipality')
export class MunicipalityType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'INSEE code of the commune.' })
  inseeCode: string;

  @Field({ description: 'SIREN of the town hall.' })
  siren: string;

  @Field({ description: "The website's main colour, #rrggbb (at least 4.5:1 against white)." })
  primaryColor: string;

  @Field(() => String, {
    nullable: true,
    description: 'Path of the logo on this API (PNG, at most 112 px high), cached for good; null without a logo.',
  })
  logoUrl: string | null;

  @Field(() => MunicipalityLegalType, {
    nullable: true,
    description: 'Legal notice, personal data contact and accessibility statement; null until filled in.',
  })
  legal: MunicipalityLegalType | null;

  @Field(() => MunicipalityMapType, {
    nullable: true,
    description: "The commune's background map; null: the platform's default (the website's MAP_TILE_URL).",
  })
  map: MunicipalityMapType | null;

  /** Resolved by MunicipalityResolver.districts. */
  districts?: DistrictType[];
}
