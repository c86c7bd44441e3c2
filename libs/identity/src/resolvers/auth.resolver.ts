import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { GraphqlContext } from '../auth/request-context';
import { LoginInput } from '../dto/login.input';
import { RegisterInput } from '../dto/register.input';
import { AuthResult, AuthService } from '../services/auth.service';
import { UserService } from '../services/user.service';
import { AuthPayloadType } from '../types/auth-payload.type';
import { UserType } from '../types/user.type';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType)
  async register(@Args('input') input: RegisterInput, @Context() ctx: GraphqlContext): Promise<AuthPayloadType> {
    return toPayload(await this.auth.register(input, ctx.req.ip));
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphqlContext): Promise<AuthPayloadType> {
    return toPayload(await this.auth.login(input, ctx.req.ip));
  }

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in account, or null.' })
  async me(@CurrentUser() user: AuthenticatedUser | null): Promise<UserType | null> {
    const found = user && (await this.users.findWithStatus(user.id));
    return found ? UserType.from(found) : null;
  }
}

function toPayload(result: AuthResult): AuthPayloadType {
  return { token: result.token, user: UserType.from(result) };
}
