import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExportJobStatus } from './export-job-status.enum';
import { OpenDataFormat } from './open-data-format.enum';
import { OpenDataset } from './open-dataset.enum';

@ObjectType('ExportJob', { description: 'An open-data export run by the worker.' })
export class ExportJobType {
  @Field(() => ID)
  id: string;

  @Field(() => OpenDataset, { nullable: true, description: 'Null for a full export.' })
  dataset: OpenDataset | null;

  @Field(() => OpenDataFormat, { nullable: true })
  format: OpenDataFormat | null;

  @Field(() => ExportJobStatus)
  status: ExportJobStatus;

  @Field(() => Int, { description: 'Percent done, 0 to 100.' })
  progress: number;

  @Field(() => [String], { description: 'Files that became a new published version (unchanged data publishes none).' })
  publishedFiles: string[];

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  error: string | null;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
