import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { OpenDataFormat } from '../types/open-data-format.enum';
import { OpenDataset } from '../types/open-dataset.enum';

@InputType()
export class RequestExportInput {
  @Field(() => OpenDataset)
  @IsEnum(OpenDataset)
  dataset: OpenDataset;

  @Field(() => OpenDataFormat, { description: 'One of the formats the dataset is published in.' })
  @IsEnum(OpenDataFormat)
  format: OpenDataFormat;
}
