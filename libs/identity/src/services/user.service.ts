import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { Role } from '../types/role.enum';
import { PasswordService } from './password.service';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  role?: Role;
}

export interface UserWithStatus {
  user: UserEntity;
  verified: boolean;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async create(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    this.passwords.assertStrong(input.password, { email, displayName });
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource
        .getRepository(UserEntity)
        .save({ email, displayName, passwordHash, role: input.role ?? Role.RESIDENT });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw identityErrors.emailTaken();
      throw error;
    }
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: normalizeEmail(email) });
  }

  /** The account with its verification status, in one query; null when missing or erased. */
  async findWithStatus(id: string): Promise<UserWithStatus | null> {
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('(v.id IS NOT NULL)', 'verified')
      .leftJoin('residency_verifications', 'v', 'v.user_id = u.id')
      .where('u.id = :id AND u.erased_at IS NULL', { id })
      .getRawAndEntities();
    const user = row.entities[0];
    return user ? { user, verified: row.raw[0].verified === true } : null;
  }

  async getWithStatus(id: string): Promise<UserWithStatus> {
    const found = await this.findWithStatus(id);
    if (!found) throw new NotFoundException('User', id);
    return found;
  }

  async authenticatedUser(id: string): Promise<AuthenticatedUser | null> {
    const found = await this.findWithStatus(id);
    if (!found || found.user.blockedAt) return null;
    return { id: found.user.id, role: found.user.role, verified: found.verified };
  }
}
