import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReportCategoryEntity } from '../entities/report-category.entity';
import { Open311Datatype } from './open311-datatype.enum';

@ObjectType('AttributeValue')
export class AttributeValueType {
  @Field() key: string;
  @Field() name: string;
}

@ObjectType('ReportCategoryAttribute')
export class CategoryAttributeType {
  @Field() code: string;
  @Field(() => Open311Datatype) datatype: Open311Datatype;
  @Field() required: boolean;
  @Field(() => Int) order: number;
  @Field() description: string;
  @Field(() => String, { nullable: true }) datatypeDescription: string | null;
  @Field(() => [AttributeValueType]) values: AttributeValueType[];
}

@ObjectType('ReportCategory', { description: 'What residents can report (an Open311 service).' })
export class ReportCategoryType {
  @Field() code: string;
  @Field() name: string;
  @Field() description: string;
  @Field() group: string;
  @Field(() => [String]) keywords: string[];
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => [CategoryAttributeType]) attributes: CategoryAttributeType[];
  @Field() active: boolean;

  static from(entity: ReportCategoryEntity): ReportCategoryType {
    const { code, name, description, group, keywords, department, attributes, active } = entity;
    return Object.assign(new ReportCategoryType(), {
      code,
      name,
      description,
      group,
      keywords,
      department,
      attributes,
      active,
    });
  }
}
