import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditCoreModule } from '@quorum/audit';
import { AccessGuard } from './auth/access.guard';
import { Authenticator } from './auth/authenticator';
import { CensusHasher } from './census/census-hasher';
import { CensusImportService } from './census/census-import.service';
import { AccountErasureRegistry } from './erasure/account-erasure.registry';
import { AccountErasureService } from './erasure/account-erasure.service';
import { IdentityPersonalDataContributor } from './personal-data/identity-personal-data.contributor';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { AccountResolver } from './resolvers/account.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { ResidencyResolver } from './resolvers/residency.resolver';
import { AccountBlockService } from './services/account-block.service';
import { AuthRateLimiter } from './services/auth-rate-limiter';
import { AuthService } from './services/auth.service';
import { PasswordService } from './services/password.service';
import { ResidencyService } from './services/residency.service';
import { TokenService } from './services/token.service';
import { UserService } from './services/user.service';

const SERVICES = [
  AuthService,
  AuthRateLimiter,
  PasswordService,
  TokenService,
  UserService,
  AccountBlockService,
  ResidencyService,
  CensusHasher,
  CensusImportService,
  Authenticator,
  AccountErasureRegistry,
  AccountErasureService,
  PersonalDataRegistry,
  IdentityPersonalDataContributor,
];

/** Services only: usable by the CLI and the worker, which have no GraphQL. */
@Module({ imports: [AuditCoreModule], providers: SERVICES, exports: SERVICES })
export class IdentityCoreModule {}

/** Adds the GraphQL surface and the global access guard, for the API. */
@Module({
  imports: [IdentityCoreModule],
  providers: [AuthResolver, AccountResolver, ResidencyResolver, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class IdentityModule {}
