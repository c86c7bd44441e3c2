import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@quorum/access';
import { AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { isUniqueViolation, NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { AccountRepository, type UserWithStatus } from '../repositories/account.repository';
import { PasswordService } from './password.service';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  role?: Role;
}

export type { UserWithStatus } from '../repositories/account.repository';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditLog,
    private readonly accounts: AccountRepository,
  ) {}

  async create(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    // Kept: the CLI (user:create) and the demo seed reach here without an input that trims.
    const displayName = input.displayName.trim();
    this.passwords.assertStrong(input.password, { email, displayName });
    const passwordHash = await this.passwords.hash(input.password);
    const role = input.role ?? Role.RESIDENT;
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Operators (CLI, seed) vouch for the address they give: it needs no confirmation link.
        const user = await manager
          .getRepository(UserEntity)
          .save({ email, displayName, passwordHash, role, emailConfirmedAt: new Date() });
        // Staff and admin accounts are made by operators (CLI, seed), never by sign-up: who got which role is on record.
        if (role !== Role.RESIDENT)
          await this.audit.append(manager, {
            actor: SYSTEM_ACTOR,
            action: 'identity.account-create',
            subjectType: 'account',
            subjectId: user.id,
            isPublic: false,
            payload: { role },
          });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw identityErrors.emailTaken();
      throw error;
    }
  }

  /** The account with its verification status, in one query; null when missing or erased. */
  findWithStatus(id: string): Promise<UserWithStatus | null> {
    return this.accounts.liveWithStatus(this.dataSource.manager, { id });
  }

  findWithStatusByEmail(email: string): Promise<UserWithStatus | null> {
    return this.accounts.liveWithStatus(this.dataSource.manager, { email: normalizeEmail(email) });
  }

  async getWithStatus(id: string): Promise<UserWithStatus> {
    const found = await this.findWithStatus(id);
    if (!found) throw new NotFoundException('User', id);
    return found;
  }
}
