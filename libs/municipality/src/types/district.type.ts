import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../types/json.scalar';

@ObjectType('District')
export class DistrictType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'GeoJSON Polygon or MultiPolygon, WGS84.' })
  geometry: object | null;
}
