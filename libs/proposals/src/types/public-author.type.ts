import { Field, ID, ObjectType } from '@nestjs/graphql';

/** How residents appear to others: an id and a display name, nothing that identifies them further. */
@ObjectType('PublicAuthor')
export class PublicAuthorType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
