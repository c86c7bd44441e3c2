import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DistrictType } from './district.type';

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

  @Field(() => [DistrictType])
  districts: DistrictType[];
}
