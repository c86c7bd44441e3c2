import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@quorum/access';
import { CensusHasher, CensusImportService, ResidencyService, UserService } from '@quorum/identity';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_CENSUS_CODES } from './demo-accounts';
import { DEMO_RESIDENT_PASSWORD, DEMO_RESIDENTS } from './demo-residents.content';

export interface DemoResident {
  id: string;
  district: string;
}

export interface DemoCast {
  staffId: string;
  /** In DEMO_RESIDENTS order, all verified. */
  residents: DemoResident[];
}

/** Accounts made at once: argon2id runs on libuv's four threads, so 30 hashes take ~3 s instead of ~5. */
const HASHING_CONCURRENCY = 4;

/**
 * The demo accounts, the demo census (codes 11–40 with their district) and
 * 30 residents verified with those codes, through the identity services.
 * Each part is skipped when already there.
 */
@Injectable()
export class DemoResidentsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly census: CensusImportService,
    private readonly hasher: CensusHasher,
    private readonly residency: ResidencyService,
  ) {}

  async seed(): Promise<{ created: number; cast: DemoCast }> {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      if (!(await this.users.findWithStatusByEmail(account.email))) {
        await this.users.create(account);
        created += 1;
      }
    }
    if (await this.importCensus()) created += 1;
    const residents: DemoResident[] = [];
    for (let i = 0; i < DEMO_RESIDENTS.length; i += HASHING_CONCURRENCY) {
      const batch = DEMO_RESIDENTS.slice(i, i + HASHING_CONCURRENCY);
      const done = await Promise.all(
        batch.map(async (definition) => {
          const existing = await this.users.findWithStatusByEmail(definition.email);
          const user =
            existing?.user ??
            (await this.users.create({
              email: definition.email,
              password: DEMO_RESIDENT_PASSWORD,
              displayName: definition.displayName,
              role: Role.RESIDENT,
            }));
          if (!existing?.verified) await this.residency.verifyWithCensusCode(user.id, definition.censusCode);
          return { resident: { id: user.id, district: definition.district }, created: !existing?.verified };
        }),
      );
      for (const d of done) {
        residents.push(d.resident);
        if (d.created) created += 1;
      }
    }
    const staff = await this.users.findWithStatusByEmail(DEMO_ACCOUNTS.find((a) => a.role === Role.STAFF)!.email);
    return { created, cast: { staffId: staff!.user.id, residents } };
  }

  /** One import of the 50 codes, residents' with their district; skipped once every code is there. */
  private async importCensus(): Promise<boolean> {
    const hashes = DEMO_CENSUS_CODES.map((code) => this.hasher.hash(code));
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM census_entries WHERE code_hash = ANY($1::text[])`,
      [hashes],
    );
    if (n === hashes.length) return false;
    const districtOf = new Map(DEMO_RESIDENTS.map((r) => [r.censusCode, r.district]));
    await this.census.import(
      DEMO_CENSUS_CODES.map((code) => (districtOf.has(code) ? `${code};${districtOf.get(code)}` : code)),
      'CLI',
      null,
    );
    return true;
  }
}
