import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Open311ApiKeyEntity } from '../entities/open311-api-key.entity';

@ObjectType('Open311ApiKey', {
  description: 'A client allowed to POST Open311 requests; the key itself is never shown again.',
})
export class Open311ApiKeyType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Null while the key works.' }) revokedAt: Date | null;

  static from(entity: Open311ApiKeyEntity): Open311ApiKeyType {
    return Object.assign(new Open311ApiKeyType(), {
      id: entity.id,
      name: entity.name,
      createdAt: entity.createdAt,
      revokedAt: entity.revokedAt ?? null,
    });
  }
}

@ObjectType('CreatedOpen311ApiKey')
export class CreatedOpen311ApiKeyType {
  @Field(() => Open311ApiKeyType) apiKey: Open311ApiKeyType;

  @Field({ description: 'The key in clear, this once: only its hash is stored.' })
  key: string;
}
