import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

/** A resident follows an item (or stops, with `follow: false`). */
@InputType()
export class FollowTrackedItemInput {
  @Field(() => ID)
  @IsUUID()
  trackedItemId: string;

  @Field({ nullable: true, description: 'false to stop following; true by default.' })
  @IsOptional()
  @IsBoolean()
  follow?: boolean;
}
