import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, ReadLimiter, RequestAuthenticator, UploadLimiter, WriteLimiter } from '@quorum/access';
import { AuditCoreModule } from '@quorum/audit';
import { MailCoreModule } from '@quorum/mail';
import { MunicipalityCoreModule } from '@quorum/municipality';
import { PrivacyContractsModule } from '@quorum/privacy';
import { Authenticator } from './auth/authenticator';
import { CensusHasher } from './census/census-hasher';
import { CensusImportService } from './census/census-import.service';
import { AccountErasureService } from './erasure/account-erasure.service';
import { IdentityDashboardRepository } from './figures/identity-dashboard.repository';
import { IdentityDashboardResolver } from './figures/identity-dashboard.resolver';
import { IdentityMailRecipients } from './mail/identity-mail-recipients';
import { IdentityPersonalDataContributor } from './personal-data/identity-personal-data.contributor';
import { AccountRepository } from './repositories/account.repository';
import { AccountAdminRepository } from './repositories/account-admin.repository';
import { AccountLookupRepository } from './repositories/account-lookup.repository';
import { AccountTokenRepository } from './repositories/account-token.repository';
import { CensusRepository } from './repositories/census.repository';
import { ResidencyRepository } from './repositories/residency.repository';
import { SessionRepository } from './repositories/session.repository';
import { AccountResolver } from './resolvers/account.resolver';
import { AccountAdminResolver } from './resolvers/account-admin.resolver';
import { AccountLookupResolver } from './resolvers/account-lookup.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { ResidencyResolver } from './resolvers/residency.resolver';
import { AccountBlockService } from './services/account-block.service';
import { AccountLookupService } from './services/account-lookup.service';
import { AccountSettingsService } from './services/account-settings.service';
import { AccountRoleService } from './services/account-role.service';
import { AuthRateLimiter } from './services/auth-rate-limiter';
import { ExpensiveReadLimiter } from './services/expensive-read-limiter';
import { RateLimiterFactory } from './services/rate-limiter.factory';
import { UploadRateLimiter } from './services/upload-rate-limiter';
import { AccountTokenService } from './services/account-token.service';
import { AuthService } from './services/auth.service';
import { PasswordResetService } from './services/password-reset.service';
import { SignUpService } from './services/sign-up.service';
import { PasswordService } from './services/password.service';
import { ResidencyService } from './services/residency.service';
import { CensusPersonLookup } from './census/census-person.service';
import { TokenService } from './services/token.service';
import { UserService } from './services/user.service';
import { SessionService } from './sessions/session.service';
import { SessionsRetentionParticipant } from './sessions/sessions-retention.participant';

const REPOSITORIES = [
  AccountRepository,
  AccountTokenRepository,
  CensusRepository,
  ResidencyRepository,
  SessionRepository,
  AccountAdminRepository,
  AccountLookupRepository,
];

const SERVICES = [
  AuthService,
  AccountTokenService,
  SignUpService,
  PasswordResetService,
  RateLimiterFactory,
  AuthRateLimiter,
  PasswordService,
  TokenService,
  UserService,
  AccountBlockService,
  AccountSettingsService,
  ResidencyService,
  CensusHasher,
  CensusImportService,
  Authenticator,
  SessionService,
  AccountErasureService,
  IdentityPersonalDataContributor,
  SessionsRetentionParticipant,
  IdentityMailRecipients,
  AccountRoleService,
  AccountLookupService,
  CensusPersonLookup,
];

/** Services only: usable by the CLI and the worker, which have no GraphQL. */
@Module({
  imports: [AuditCoreModule, MailCoreModule, MunicipalityCoreModule, PrivacyContractsModule],
  providers: [...REPOSITORIES, ...SERVICES],
  exports: SERVICES,
})
export class IdentityCoreModule {}

/** Adds the GraphQL surface and the global access guard, for the API. */
@Module({
  imports: [IdentityCoreModule],
  providers: [
    AuthResolver,
    AccountResolver,
    ResidencyResolver,
    AccountAdminResolver,
    AccountLookupResolver,
    IdentityDashboardRepository,
    IdentityDashboardResolver,
    ExpensiveReadLimiter,
    UploadRateLimiter,
    // The access guard (from @quorum/access) asks identity who calls and counts their writes, uploads and expensive reads.
    { provide: RequestAuthenticator, useExisting: Authenticator },
    { provide: WriteLimiter, useExisting: AuthRateLimiter },
    { provide: ReadLimiter, useExisting: ExpensiveReadLimiter },
    { provide: UploadLimiter, useExisting: UploadRateLimiter },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class IdentityModule {}
