import { Field, InputType } from '@nestjs/graphql';
import { IsDisplayName } from './display-name.decorator';

@InputType()
export class UpdateMyAccountInput {
  @Field({ description: 'The name shown next to my contributions; 2 to 80 printable characters.' })
  @IsDisplayName()
  displayName: string;
}
