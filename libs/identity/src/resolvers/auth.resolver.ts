import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphqlContext, LimitedWrite, Public } from '@quorum/access';
import { Authenticator } from '../auth/authenticator';
import { ConfirmEmailInput } from '../dto/confirm-email.input';
import { LoginInput } from '../dto/login.input';
import { RequestPasswordResetInput } from '../dto/request-password-reset.input';
import { ResetPasswordInput } from '../dto/reset-password.input';
import { RegisterInput } from '../dto/register.input';
import { AuthResult, AuthService } from '../services/auth.service';
import { PasswordResetService } from '../services/password-reset.service';
import { SignUpService } from '../services/sign-up.service';
import { TokenService } from '../services/token.service';
import { AuthPayloadType } from '../types/auth-payload.type';
import { UserType } from '../types/user.type';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly authenticator: Authenticator,
    private readonly signUps: SignUpService,
    private readonly resets: PasswordResetService,
    private readonly tokens: TokenService,
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
  @LimitedWrite()
  @Mutation(() => UserType, {
    description: 'Confirms the address the token was sent to at sign-up (TOKEN_INVALID if unknown, used or expired).',
  })
  async confirmEmail(@Args('input') input: ConfirmEmailInput): Promise<UserType> {
    return UserType.from(await this.signUps.confirmEmail(input.token));
  }

  @Public()
  @LimitedWrite()
  @Mutation(() => Boolean, {
    description:
      'Sends a link to choose a new password (valid one hour, once) if the address has an account; always true, so it tells nobody whether it has.',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.resets.request(input.email);
    return true;
  }

  @Public()
  @LimitedWrite()
  @Mutation(() => AuthPayloadType, {
    description:
      'Sets a new password with the token of the link; every session and token of the account ends, and a new token is returned (TOKEN_INVALID if unknown, used or expired).',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<AuthPayloadType> {
    const account = await this.resets.reset(input.token, input.newPassword);
    return { token: this.tokens.signFor(account.user), user: UserType.from(account) };
  }

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in account, or null.' })
  async me(@Context() ctx: GraphqlContext): Promise<UserType | null> {
    const account = await this.authenticator.account(ctx.req);
    return account ? UserType.from(account) : null;
  }
}

function toPayload(result: AuthResult): AuthPayloadType {
  return { token: result.token, user: UserType.from(result) };
}
