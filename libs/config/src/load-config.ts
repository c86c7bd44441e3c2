import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { ConfigError } from './config.error';
import { EnvironmentVariables } from './environment.schema';

// Development-only secrets, so that the Quick start needs no setup. Production refuses to boot without real ones.
const DEV_JWT_SECRET = 'quorum-development-jwt-secret-not-for-production';
const DEV_CENSUS_SECRET = 'quorum-development-census-secret-not-for-production';
const DEV_BALLOT_SECRET = 'quorum-development-ballot-secret-not-for-production';
const DEV_PSEUDONYM_SECRET = 'quorum-development-pseudonym-secret-not-for-production';

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const vars = validateEnvironment(env);
  return {
    env: vars.NODE_ENV,
    http: {
      host: vars.HOST,
      port: vars.PORT,
      trustProxy: vars.TRUST_PROXY,
      bodyLimitBytes: vars.HTTP_BODY_LIMIT_BYTES,
      corsOrigins: vars.CORS_ORIGINS,
    },
    worker: {
      healthPort: vars.WORKER_HEALTH_PORT,
      lockDurationMs: vars.WORKER_LOCK_DURATION_MS,
      outboxPollIntervalMs: vars.OUTBOX_POLL_INTERVAL_MS,
    },
    database: { url: vars.DATABASE_URL, poolSize: vars.DATABASE_POOL_SIZE },
    redis: { url: vars.REDIS_URL, prefix: vars.REDIS_PREFIX },
    auth: {
      jwtSecret: vars.JWT_SECRET ?? DEV_JWT_SECRET,
      jwtTtlSeconds: vars.JWT_TTL_SECONDS,
      passwordMinLength: vars.PASSWORD_MIN_LENGTH,
    },
    census: { hmacSecret: vars.CENSUS_HMAC_SECRET ?? DEV_CENSUS_SECRET },
    budgets: {
      ballotHmacSecret: vars.BALLOT_HMAC_SECRET ?? DEV_BALLOT_SECRET,
      votingWorkflow: vars.BUDGET_VOTING_WORKFLOW,
    },
    rateLimits: {
      loginFailuresPerAccount: {
        points: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        windowSeconds: vars.LOGIN_WINDOW_SECONDS,
      },
      loginAttemptsPerIp: { points: vars.LOGIN_MAX_ATTEMPTS_PER_IP, windowSeconds: vars.LOGIN_WINDOW_SECONDS },
      registrationsPerIp: { points: vars.REGISTER_MAX_PER_IP, windowSeconds: vars.REGISTER_WINDOW_SECONDS },
      writesPerAccount: { points: vars.WRITE_MAX_PER_ACCOUNT, windowSeconds: vars.WRITE_WINDOW_SECONDS },
      writesPerIp: { points: vars.WRITE_MAX_PER_IP, windowSeconds: vars.WRITE_WINDOW_SECONDS },
    },
    graphql: {
      maxDepth: vars.GRAPHQL_MAX_DEPTH,
      maxComplexity: vars.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: vars.GRAPHQL_MAX_ALIASES,
      maxQueryLength: vars.GRAPHQL_MAX_QUERY_LENGTH,
      ide: vars.GRAPHQL_IDE,
    },
    uploads: { dir: resolve(vars.UPLOADS_DIR) },
    openData: {
      dir: resolve(vars.OPEN_DATA_DIR),
      retentionDays: vars.OPEN_DATA_RETENTION_DAYS,
      pseudonymSecret: vars.OPEN_DATA_PSEUDONYM_SECRET ?? DEV_PSEUDONYM_SECRET,
      publicUrl: vars.PUBLIC_URL.replace(/\/+$/, ''),
    },
    privacy: {
      dataExportDir: resolve(vars.DATA_EXPORT_DIR),
      dataExportTtlHours: vars.DATA_EXPORT_TTL_HOURS,
      reporterContactRetentionDays: vars.REPORTER_CONTACT_RETENTION_DAYS,
      unattachedPhotoRetentionHours: vars.UNATTACHED_PHOTO_RETENTION_HOURS,
    },
    participation: {
      moderationHideThreshold: vars.MODERATION_HIDE_THRESHOLD,
      proposalsPerResidentPerConsultation: vars.PROPOSALS_PER_RESIDENT_PER_CONSULTATION,
    },
    seedDemo: vars.SEED_DEMO ?? vars.NODE_ENV === 'development',
    logLevel: vars.LOG_LEVEL,
  };
}

function validateEnvironment(env: Env): EnvironmentVariables {
  // Empty strings count as unset, as shells and compose files often leave them so.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const vars = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(vars, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => ({ name: e.property, problems: Object.values(e.constraints ?? { invalid: 'is invalid' }) })),
    );
  }
  return vars;
}

/** For process entry points: print what is wrong, without a stack trace, and stop. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
