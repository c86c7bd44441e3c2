import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TrackedItemPhoto', { description: 'A photo of an update, re-encoded as report photos are (no metadata).' })
export class TrackedItemPhotoType {
  @Field(() => ID) id: string;
  @Field({ description: 'Path of the image on this server (GET, public).' }) url: string;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;
  @Field(() => String, {
    nullable: true,
    description: 'What it shows, in words given by staff; null when none was (describe it from its update).',
  })
  alt: string | null;
}
