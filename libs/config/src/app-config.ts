export type NodeEnvironment = 'development' | 'test' | 'production';

export interface RateLimitSetting {
  points: number;
  windowSeconds: number;
}

/** The validated, typed configuration every app receives once at boot. */
export interface AppConfig {
  env: NodeEnvironment;
  http: {
    host: string;
    port: number;
    trustProxy: boolean;
    bodyLimitBytes: number;
    corsOrigins: string[];
    /** `PUBLIC_URL` without its trailing slash: the start of every absolute URL the platform writes. */
    publicUrl: string;
  };
  municipality: { cacheMs: number };
  worker: { healthPort: number; lockDurationMs: number; outboxPollIntervalMs: number };
  database: { url: string; poolSize: number };
  redis: { url: string; prefix: string };
  auth: {
    jwtSecret: string;
    jwtTtlSeconds: number;
    passwordMinLength: number;
    /** argon2id's cost for new password hashes (a stored hash carries its own). */
    passwordHash: { memoryKib: number; passes: number };
  };
  /** The website's server-side sessions. */
  sessions: { idleHours: number; maxDays: number };
  census: { hmacSecret: string; importMaxSeconds: number };
  budgets: { ballotHmacSecret: string; votingWorkflow: 'one' | 'all'; turnoutCacheSeconds: number };
  rateLimits: {
    /** Failed sign-ins per (account, IP address) pair. */
    loginFailuresPerAccountAndIp: RateLimitSetting;
    /** Failed sign-ins per account, from every address together (much higher). */
    loginFailuresPerAccount: RateLimitSetting;
    loginAttemptsPerIp: RateLimitSetting;
    registrationsPerIp: RateLimitSetting;
    writesPerAccount: RateLimitSetting;
    writesPerIp: RateLimitSetting;
    /** Anonymous callers' `@ExpensiveRead()` calls, per IP address. */
    expensiveReadsPerIp: RateLimitSetting;
    /** Signed-in callers' `@ExpensiveRead()` calls, per account. */
    expensiveReadsPerAccount: RateLimitSetting;
    /** `@LimitedUpload()` calls (photo uploads), per IP address, signed in or not. */
    uploadsPerIp: RateLimitSetting;
  };
  graphql: { maxDepth: number; maxComplexity: number; maxAliases: number; maxQueryLength: number; ide: boolean };
  uploads: { dir: string; photoMaxPixels: number; photoDecodeConcurrency: number };
  /** The address search of the report form (BAN / Géoplateforme `search` format); `url` without its trailing slash. */
  geocoder: { url: string; cacheSeconds: number };
  /** The website maps' default background (MAP_TILE_URL), when the commune has set none. */
  map: { tileUrlTemplate: string; attribution: string; minZoom: number; maxZoom: number; boundsMarginMeters: number };
  /** Staff pseudonyms in public audit entries. */
  audit: { pseudonymSecret: string };
  openData: { dir: string; retentionDays: number; pseudonymSecret: string };
  privacy: {
    dataExportDir: string;
    dataExportTtlHours: number;
    reporterContactRetentionDays: number;
    unattachedPhotoRetentionHours: number;
  };
  mail: {
    /** Null outside production when SMTP_URL is unset: messages are written to `dir` as .eml files. */
    smtpUrl: string | null;
    from: string;
    dir: string;
    maxPerRecipientPerHour: number;
    retry: { delayMs: number; maxDelayMs: number; attempts: number };
    /** The bounce endpoint's X-Bounce-Token; null when it is off. */
    bounceToken: string | null;
    /** Key of the HMAC that stands for an address in the sent log, the suppressions and unsubscribe links. */
    hashSecret: string;
    /** Days the sent log (`mail_deliveries`) keeps a message's row before the retention job deletes it. */
    deliveryRetentionDays: number;
  };
  participation: {
    moderationHideThreshold: number;
    /** Reports from accounts younger than this are flagged in the moderation queue. */
    moderationNewAccountHours: number;
    proposalsPerResidentPerConsultation: number;
  };
  seedDemo: boolean;
  logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
