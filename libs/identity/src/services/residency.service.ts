import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, NotFoundException, ValidationFailedException } from '@quorum/common';
import { AuditLog, staffActor } from '@quorum/audit';
import { MunicipalityService } from '@quorum/municipality';
import { DataSource, EntityManager } from 'typeorm';
import { normalizeCensusCode } from '../census/census-code';
import { CensusHasher } from '../census/census-hasher';
import { CensusEntryEntity } from '../entities/census-entry.entity';
import { ResidencyVerificationEntity } from '../entities/residency-verification.entity';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import {
  DistrictPopulation,
  ResidencyRepository,
  ResidentPopulation,
  VerifiedVoter,
} from '../repositories/residency.repository';
import { VerificationMethod } from '../types/verification-method.enum';
import { EligibilityRule, ineligibility } from '../eligibility/eligibility-rule';

export interface InPersonVerification {
  userId: string;
  reason: string;
  censusCode: string;
  districtId?: string;
  /** The person's link to the area when they do not live there (see ResidencyVerificationEntity.linkToArea). */
  linkToArea?: string;
  staffId: string;
}

/**
 * One person, one verified account, whatever the path: every verification,
 * in person too, binds a census entry, and the unique indexes on
 * residency_verifications keep an entry to one account, for good (the row
 * survives blocking and erasure).
 */
@Injectable()
export class ResidencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residencies: ResidencyRepository,
    private readonly municipality: MunicipalityService,
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
        linkToArea: null,
      });
    });
  }

  async verifyInPerson(input: InPersonVerification): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user || user.erasedAt) throw new NotFoundException('User', input.userId);
      if (user.blockedAt) throw identityErrors.accountBlocked();
      // Without the entry, the person's code would stay free to verify a second account.
      const entry = await this.findEntry(manager, input.censusCode);
      if (!entry) throw identityErrors.censusCodeUnknown();
      if (input.districtId && !(await this.municipality.findDistrict(input.districtId)))
        throw ValidationFailedException.forField('input.districtId', 'is not a district of the commune');
      await this.insert(manager, {
        userId: input.userId,
        censusEntryId: entry.id,
        method: VerificationMethod.IN_PERSON,
        reason: input.reason,
        verifiedById: input.staffId,
        districtId: input.districtId ?? null,
        linkToArea: input.linkToArea ?? null,
      });
      // The resident is named only by a keyed hash (personal data stays out of
      // an append-only table); the free-text reason is left out for the same reason.
      await this.audit.append(manager, {
        actor: staffActor(input.staffId),
        action: 'identity.verify-in-person',
        subjectType: 'residency',
        isPublic: false,
        payload: {
          residentKey: this.hasher.residentAuditKey(input.userId),
          withCensusCode: true,
          ...(input.linkToArea ? { linkedNotResident: true } : {}),
        },
      });
    });
  }

  /**
   * What a budget's cast decides on, read once: the person's census entry,
   * where they live (the census entry's district, else the one staff checked
   * in person) and their eligibility facts; null when the account is not verified.
   */
  verifiedVoter(manager: EntityManager, userId: string): Promise<VerifiedVoter | null> {
    return this.residencies.verifiedVoter(manager, userId);
  }

  /**
   * Refuses (NOT_ELIGIBLE, with the reason) a verified person outside the
   * rule's population or ages, reached during `now`'s calendar year. An
   * account without a verification is left to @Verified (NOT_VERIFIED).
   */
  async assertEligible(
    manager: EntityManager,
    userId: string,
    rule: EligibilityRule,
    now: Date = new Date(),
  ): Promise<void> {
    const facts = await this.residencies.eligibilityFacts(manager, userId);
    if (!facts) return;
    const reason = ineligibility(rule, facts, now.getUTCFullYear());
    if (reason) throw identityErrors.notEligible(reason, rule);
  }

  /**
   * Verified residents and census entries, commune-wide or in one district,
   * counted now (a budget's turnout compares its ballots with them).
   */
  population(districtId: string | null = null): Promise<ResidentPopulation> {
    return this.residencies.population(districtId);
  }

  /** `population` of every district of the commune, counted now in one statement. */
  populationByDistrict(): Promise<DistrictPopulation[]> {
    return this.residencies.populationByDistrict();
  }

  /**
   * Every verified resident whose district is known, with it: a city-wide
   * budget's turnout by district matches them against its participations.
   */
  residentDistricts(): Promise<{ userId: string; districtId: string }[]> {
    return this.residencies.residentDistricts();
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
