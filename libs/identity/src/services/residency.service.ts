import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, NotFoundException, ValidationFailedException } from '@quorum/common';
import { AuditLog, staffActor } from '@quorum/audit';
import { DataSource, EntityManager } from 'typeorm';
import { normalizeCensusCode } from '../census/census-code';
import { CensusHasher } from '../census/census-hasher';
import { CensusEntryEntity } from '../entities/census-entry.entity';
import { ResidencyVerificationEntity } from '../entities/residency-verification.entity';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { VerificationMethod } from '../types/verification-method.enum';

export interface InPersonVerification {
  userId: string;
  reason: string;
  censusCode?: string;
  districtId?: string;
  staffId: string;
}

/** One person, one vote: enforced by the unique indexes on residency_verifications. */
@Injectable()
export class ResidencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: CensusHasher,
    private readonly audit: AuditLog,
  ) {}

  async verifyWithCensusCode(userId: string, rawCode: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const entry = await this.findEntry(manager, rawCode);
      if (!entry) throw identityErrors.censusCodeUnknown();
      await this.insert(manager, {
        userId,
        censusEntryId: entry.id,
        method: VerificationMethod.CENSUS,
        reason: null,
        verifiedById: null,
        districtId: null,
      });
    });
  }

  async verifyInPerson(input: InPersonVerification): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user || user.erasedAt) throw new NotFoundException('User', input.userId);
      const entry = input.censusCode ? await this.findEntry(manager, input.censusCode) : null;
      if (input.censusCode && !entry) throw identityErrors.censusCodeUnknown();
      if (
        input.districtId &&
        (await manager.query(`SELECT 1 FROM districts WHERE id = $1`, [input.districtId])).length === 0
      )
        throw ValidationFailedException.forField('input.districtId', 'is not a district of the commune');
      await this.insert(manager, {
        userId: input.userId,
        censusEntryId: entry?.id ?? null,
        method: VerificationMethod.IN_PERSON,
        reason: input.reason,
        verifiedById: input.staffId,
        districtId: input.districtId ?? null,
      });
      // The resident is named only by a keyed hash (personal data stays out of
      // an append-only table); the free-text reason is left out for the same reason.
      await this.audit.append(manager, {
        actor: staffActor(input.staffId),
        action: 'identity.verify-in-person',
        subjectType: 'residency',
        isPublic: false,
        payload: { residentKey: this.hasher.residentAuditKey(input.userId), withCensusCode: !!entry },
      });
    });
  }

  /**
   * Where a verified resident lives, for district budgets: the census entry's
   * district, else the one staff checked in person; null when unknown.
   */
  async districtOf(manager: EntityManager, userId: string): Promise<string | null> {
    const [row]: { districtId: string | null }[] = await manager.query(
      `SELECT coalesce(c.district_id, v.district_id) AS "districtId"
         FROM residency_verifications v LEFT JOIN census_entries c ON c.id = v.census_entry_id
        WHERE v.user_id = $1`,
      [userId],
    );
    return row?.districtId ?? null;
  }

  private async findEntry(manager: EntityManager, rawCode: string): Promise<CensusEntryEntity | null> {
    const code = normalizeCensusCode(rawCode);
    if (!code) return null;
    return manager.getRepository(CensusEntryEntity).findOneBy({ codeHash: this.hasher.hash(code) });
  }

  private async insert(
    manager: EntityManager,
    row: Omit<ResidencyVerificationEntity, 'id' | 'createdAt'>,
  ): Promise<void> {
    try {
      await manager.getRepository(ResidencyVerificationEntity).insert(row);
    } catch (error) {
      if (isUniqueViolation(error, 'residency_verifications_user_id_key')) throw identityErrors.alreadyVerified();
      if (isUniqueViolation(error, 'residency_verifications_census_entry_id_key'))
        throw identityErrors.censusCodeAlreadyUsed();
      throw error;
    }
  }
}
