import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators';
import { GraphqlContext } from '../auth/request-context';
import { LoginInput } from '../dto/login.input';
import { RegisterInput } from '../dto/register.input';
import { AuthResult, AuthService } from '../services/auth.service';
import { AuthPayloadType } from '../types/auth-payload.type';
import { UserType } from '../types/user.type';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
  me(@Context() ctx: GraphqlContext): UserType | null {
    const account = ctx.req.quorumAuth?.account;
    return account ? UserType.from(account) : null;
  }
}

function toPayload(result: AuthResult): AuthPayloadType {
  return { token: result.token, user: UserType.from(result) };
}
