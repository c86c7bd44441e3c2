export type NodeEnvironment = 'development' | 'test' | 'production';

export interface RateLimitSetting {
  points: number;
  windowSeconds: number;
}

/** The validated, typed configuration every app receives once at boot. */
export interface AppConfig {
  env: NodeEnvironment;
  http: { host: string; port: number; trustProxy: boolean; bodyLimitBytes: number; corsOrigins: string[] };
  worker: { healthPort: number; lockDurationMs: number; outboxPollIntervalMs: number };
  database: { url: string; poolSize: number };
  redis: { url: string; prefix: string };
  auth: { jwtSecret: string; jwtTtlSeconds: number; passwordMinLength: number };
  census: { hmacSecret: string };
  budgets: { ballotHmacSecret: string; votingWorkflow: 'one' | 'all' };
  rateLimits: {
    loginFailuresPerAccount: RateLimitSetting;
    loginAttemptsPerIp: RateLimitSetting;
    registrationsPerIp: RateLimitSetting;
    writesPerAccount: RateLimitSetting;
    writesPerIp: RateLimitSetting;
  };
  graphql: { maxDepth: number; maxComplexity: number; maxAliases: number; maxQueryLength: number; ide: boolean };
  uploads: { dir: string };
  openData: { dir: string; retentionDays: number; pseudonymSecret: string; publicUrl: string };
  privacy: {
    dataExportDir: string;
    dataExportTtlHours: number;
    reporterContactRetentionDays: number;
    unattachedPhotoRetentionHours: number;
  };
  participation: { moderationHideThreshold: number; proposalsPerResidentPerConsultation: number };
  seedDemo: boolean;
  logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
