import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class ImportCensusInput {
  @Field({
    description:
      'CSV text: one identifier per line, optional header line `code`. Larger files: `npm run cli -- census:import`.',
  })
  @IsString()
  @MaxLength(5_000_000)
  csv: string;
}
