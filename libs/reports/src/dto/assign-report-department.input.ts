import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AssignReportDepartmentInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  reportIds: string[];

  @Field(() => String, { nullable: true, description: 'Null clears the assignment.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department: string | null;
}
