import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IssueReportGroup', {
  description: 'The reports of one cell of a grid: how many, their mean point and the box around them (for a map).',
})
export class IssueReportGroupType {
  @Field(() => Int) count: number;
  @Field(() => Float, { description: 'Mean latitude of the reports.' }) latitude: number;
  @Field(() => Float, { description: 'Mean longitude of the reports.' }) longitude: number;
  @Field(() => Float) south: number;
  @Field(() => Float) west: number;
  @Field(() => Float) north: number;
  @Field(() => Float) east: number;
}
