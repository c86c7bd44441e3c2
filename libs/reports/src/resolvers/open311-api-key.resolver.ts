import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { CreateOpen311ApiKeyInput, RevokeOpen311ApiKeyInput } from '../dto/open311-api-key.input';
import { ApiKeyService } from '../services/api-key.service';
import { CreatedOpen311ApiKeyType, Open311ApiKeyType } from '../types/open311-api-key.type';

/** Admins manage who may post Open311 requests (issue #21, point 7); each change is in the audit log. */
@Roles(Role.ADMIN)
@Resolver()
export class Open311ApiKeyResolver {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Query(() => [Open311ApiKeyType], { description: 'Admin: every Open311 api_key, revoked ones too, newest first.' })
  async open311ApiKeys(): Promise<Open311ApiKeyType[]> {
    return (await this.apiKeys.list()).map(Open311ApiKeyType.from);
  }

  @Mutation(() => CreatedOpen311ApiKeyType, {
    description: 'Admin: a new Open311 api_key; the key is returned this once, only its hash is stored.',
  })
  async createOpen311ApiKey(
    @Args('input') input: CreateOpen311ApiKeyInput,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<CreatedOpen311ApiKeyType> {
    const { key, row } = await this.apiKeys.create(input.name, staffActor(admin.id));
    return { apiKey: Open311ApiKeyType.from(row), key };
  }

  @Mutation(() => Open311ApiKeyType, { description: 'Admin: the key stops working at once.' })
  async revokeOpen311ApiKey(
    @Args('input') input: RevokeOpen311ApiKeyInput,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<Open311ApiKeyType> {
    return Open311ApiKeyType.from(await this.apiKeys.revoke(input.apiKeyId, staffActor(admin.id)));
  }
}
