import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailLocale, MailOutbox } from '@quorum/mail';
import { DataSource } from 'typeorm';
import { AccountTokenPurpose } from '../entities/account-token.entity';
import { identityErrors } from '../errors/identity.exception';
import { AccountRepository } from '../repositories/account.repository';
import { AccountTokenService, hashToken } from './account-token.service';
import { PasswordService } from './password.service';
import { normalizeEmail, UserService, UserWithStatus } from './user.service';

const CONFIRMATION_TTL_SECONDS = 7 * 24 * 3600;

export interface SignUp {
  email: string;
  password: string;
  displayName: string;
  locale?: MailLocale;
}

/**
 * Sign-up answers the same whether or not the address has an account (issue
 * #14.9): a new address gets an account and a confirmation link; a taken one
 * gets an account of its own that holds the address aside and can never
 * confirm it, and the address's owner gets a message saying someone tried.
 * Both cost one password hash and one queued message.
 */
@Injectable()
export class SignUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: AccountTokenService,
    private readonly users: UserService,
    private readonly mail: MailOutbox,
  ) {}

  async register(input: SignUp): Promise<UserWithStatus> {
    const email = normalizeEmail(input.email);
    // Trimmed by RegisterInput (@IsDisplayName), the only way here: the API's register mutation.
    const { displayName } = input;
    const locale = input.locale ?? 'fr';
    this.passwords.assertStrong(input.password, { email, displayName });
    const row = { email, displayName, locale, passwordHash: await this.passwords.hash(input.password) };
    const userId = await this.dataSource.transaction(async (manager) => {
      const created = await this.accounts.insertResident(manager, row);
      if (created) {
        const token = await this.tokens.issue(
          manager,
          created,
          AccountTokenPurpose.EMAIL_CONFIRMATION,
          CONFIRMATION_TTL_SECONDS,
        );
        await this.mail.send(manager, {
          // The token's hash, not the token: the event key is kept in the outbox, Redis and the sent log.
          eventKey: `email-confirmation:${created}:${hashToken(token).slice(0, 16)}`,
          to: { userId: created },
          template: 'email-confirmation',
          params: { token },
          unconfirmedToo: true,
        });
        return created;
      }
      const claimant = await this.accounts.insertClaimant(manager, row);
      const owner = await this.accounts.idByEmail(manager, email);
      if (owner)
        await this.mail.send(manager, {
          eventKey: `sign-up-attempt:${claimant}`,
          to: { userId: owner },
          template: 'sign-up-attempt',
          params: {},
          unconfirmedToo: true,
        });
      return claimant;
    });
    return this.users.getWithStatus(userId);
  }

  /** Confirms the address the token was sent to; the token works once, for 7 days. */
  async confirmEmail(token: string): Promise<UserWithStatus> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const found = await this.tokens.consume(manager, token, AccountTokenPurpose.EMAIL_CONFIRMATION);
      if (!found) throw identityErrors.tokenInvalid();
      await this.accounts.confirmEmail(manager, found);
      return found;
    });
    return this.users.getWithStatus(userId);
  }

  /** The newest account that signed up with `email` while another account used it, for sign-in. */
  latestClaimantId(email: string): Promise<string | null> {
    return this.accounts.latestClaimantId(normalizeEmail(email), this.dataSource.manager);
  }
}
