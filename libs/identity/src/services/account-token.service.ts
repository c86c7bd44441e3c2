import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountTokenPurpose } from '../entities/account-token.entity';
import { AccountTokenRepository } from '../repositories/account-token.repository';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Single-use tokens sent by email: 256 random bits, stored as their SHA-256 only. */
@Injectable()
export class AccountTokenService {
  constructor(private readonly tokens: AccountTokenRepository) {}

  /** A new token for the account, superseding its unused ones of the same purpose; the clear value goes in the message only. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    ttlSeconds: number,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.revokeUnused(manager, userId, purpose);
    await this.tokens.insert(manager, { userId, purpose, tokenHash: hashToken(token), ttlSeconds });
    return token;
  }

  /** The account the token was for, once; null for an unknown, used, expired or other-purpose token. */
  consume(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<string | null> {
    return this.tokens.consume(manager, hashToken(token), purpose);
  }
}
