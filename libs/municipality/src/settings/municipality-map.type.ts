import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MunicipalityMap', { description: "The commune's background map for the website's maps (Leaflet)." })
export class MunicipalityMapType {
  @Field({ description: 'Tile URL template with {z}, {x} and {y} (Web Mercator), http or https.' })
  tileUrlTemplate: string;

  @Field({ description: "The attribution the tiles' licence requires, plain text." })
  attribution: string;

  @Field(() => Int) minZoom: number;
  @Field(() => Int) maxZoom: number;

  @Field(() => Int, {
    description:
      "How far past the box of the commune's districts maps may be panned, in metres (they zoom out no further).",
  })
  boundsMarginMeters: number;
}

@ObjectType('MapBounds', { description: 'A box in WGS84 degrees.' })
export class MapBoundsType {
  @Field(() => Float) south: number;
  @Field(() => Float) west: number;
  @Field(() => Float) north: number;
  @Field(() => Float) east: number;
}
