import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import * as argon2 from 'argon2';
import { identityErrors } from '../errors/identity.exception';
import { PasswordContext, passwordProblemCodes, passwordProblems } from '../domain/password-policy';

@Injectable()
export class PasswordService {
  // Verified against when the email is unknown, so a login takes as long whether or not the account exists.
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dummyHash = this.hash('quorum-timing-equaliser');
  }

  /** `field`: the input path the error names (`input.newPassword` for a change). */
  assertStrong(password: string, context: PasswordContext, field?: string): void {
    const min = this.config.auth.passwordMinLength;
    const problems = passwordProblems(password, min, context);
    if (problems.length > 0)
      throw identityErrors.weakPassword(problems, passwordProblemCodes(password, min, context), min, field);
  }

  hash(password: string): Promise<string> {
    const { memoryKib, passes } = this.config.auth.passwordHash;
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: memoryKib, timeCost: passes });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
