export type NodeEnvironment = 'development' | 'test' | 'production';

export interface RateLimitSetting {
  points: number;
  windowSeconds: number;
}

/** The validated, typed configuration every app receives once at boot. */
export interface AppConfig {
  env: NodeEnvironment;
  http: { host: string; port: number; trustProxy: boolean };
  worker: { healthPort: number; lockDurationMs: number };
  database: { url: string; poolSize: number };
  redis: { url: string; prefix: string };
  auth: { jwtSecret: string; jwtTtlSeconds: number; passwordMinLength: number };
  census: { hmacSecret: string };
  budgets: { ballotHmacSecret: string; votingWorkflow: 'one' | 'all' };
  rateLimits: {
    loginFailuresPerAccount: RateLimitSetting;
    loginAttemptsPerIp: RateLimitSetting;
    registrationsPerIp: RateLimitSetting;
  };
  graphql: { maxDepth: number; maxComplexity: number; ide: boolean };
  uploads: { dir: string };
  participation: { moderationHideThreshold: number; proposalsPerResidentPerConsultation: number };
  seedDemo: boolean;
  logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
