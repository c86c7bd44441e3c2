import { isIPv4, isIPv6 } from 'node:net';
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
const DEV_PUBLIC_URL = 'http://localhost:3000';
const DEV_AUDIT_PSEUDONYM_SECRET = 'quorum-development-audit-pseudonym-secret-not-for-production';
const DEV_MAIL_HASH_SECRET = 'quorum-development-mail-hash-secret-not-for-production';
const DEV_SECRETS = {
  JWT_SECRET: DEV_JWT_SECRET,
  CENSUS_HMAC_SECRET: DEV_CENSUS_SECRET,
  BALLOT_HMAC_SECRET: DEV_BALLOT_SECRET,
  OPEN_DATA_PSEUDONYM_SECRET: DEV_PSEUDONYM_SECRET,
  AUDIT_PSEUDONYM_SECRET: DEV_AUDIT_PSEUDONYM_SECRET,
  MAIL_HASH_SECRET: DEV_MAIL_HASH_SECRET,
} as const;
const DEV_MAIL_FROM = 'Quorum <no-reply@quorum.localhost>';

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const vars = validateEnvironment(env);
  const host = vars.HOST ?? (vars.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  refusePublishedSecrets(vars, host);
  refuseWeakPasswordHashing(vars);
  return {
    env: vars.NODE_ENV,
    http: {
      host,
      port: vars.PORT,
      trustProxy: vars.TRUST_PROXY,
      bodyLimitBytes: vars.HTTP_BODY_LIMIT_BYTES,
      corsOrigins: vars.CORS_ORIGINS,
      publicUrl: (vars.PUBLIC_URL ?? DEV_PUBLIC_URL).replace(/\/+$/, ''),
    },
    municipality: { cacheMs: vars.MUNICIPALITY_CACHE_MS },
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
      passwordHash: { memoryKib: vars.PASSWORD_HASH_MEMORY_KIB, passes: vars.PASSWORD_HASH_PASSES },
    },
    sessions: { idleHours: vars.SESSION_IDLE_HOURS, maxDays: vars.SESSION_MAX_DAYS },
    census: {
      hmacSecret: vars.CENSUS_HMAC_SECRET ?? DEV_CENSUS_SECRET,
      importMaxSeconds: vars.CENSUS_IMPORT_MAX_SECONDS,
    },
    budgets: {
      ballotHmacSecret: vars.BALLOT_HMAC_SECRET ?? DEV_BALLOT_SECRET,
      votingWorkflow: vars.BUDGET_VOTING_WORKFLOW,
      turnoutCacheSeconds: vars.TURNOUT_CACHE_SECONDS,
    },
    rateLimits: {
      loginFailuresPerAccountAndIp: {
        points: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP,
        windowSeconds: vars.LOGIN_WINDOW_SECONDS,
      },
      loginFailuresPerAccount: {
        points: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        windowSeconds: vars.LOGIN_WINDOW_SECONDS,
      },
      loginAttemptsPerIp: { points: vars.LOGIN_MAX_ATTEMPTS_PER_IP, windowSeconds: vars.LOGIN_WINDOW_SECONDS },
      registrationsPerIp: { points: vars.REGISTER_MAX_PER_IP, windowSeconds: vars.REGISTER_WINDOW_SECONDS },
      writesPerAccount: { points: vars.WRITE_MAX_PER_ACCOUNT, windowSeconds: vars.WRITE_WINDOW_SECONDS },
      writesPerIp: { points: vars.WRITE_MAX_PER_IP, windowSeconds: vars.WRITE_WINDOW_SECONDS },
      expensiveReadsPerIp: {
        points: vars.EXPENSIVE_READ_MAX_PER_IP,
        windowSeconds: vars.EXPENSIVE_READ_WINDOW_SECONDS,
      },
      expensiveReadsPerAccount: {
        points: vars.EXPENSIVE_READ_MAX_PER_ACCOUNT,
        windowSeconds: vars.EXPENSIVE_READ_WINDOW_SECONDS,
      },
      uploadsPerIp: { points: vars.PHOTO_UPLOAD_MAX_PER_IP, windowSeconds: vars.PHOTO_UPLOAD_WINDOW_SECONDS },
    },
    graphql: {
      maxDepth: vars.GRAPHQL_MAX_DEPTH,
      maxComplexity: vars.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: vars.GRAPHQL_MAX_ALIASES,
      maxQueryLength: vars.GRAPHQL_MAX_QUERY_LENGTH,
      ide: vars.GRAPHQL_IDE,
    },
    uploads: {
      dir: resolve(vars.UPLOADS_DIR),
      photoMaxPixels: vars.PHOTO_MAX_PIXELS,
      photoDecodeConcurrency: vars.PHOTO_DECODE_CONCURRENCY,
    },
    geocoder: { url: vars.GEOCODER_URL.replace(/\/+$/, ''), cacheSeconds: vars.GEOCODER_CACHE_SECONDS },
    // Plan IGN v2 has levels 0 to 19; below 10 a commune is a dot. Maps stop 2 km past the commune's box.
    map: {
      tileUrlTemplate: vars.MAP_TILE_URL,
      attribution: vars.MAP_TILE_ATTRIBUTION,
      minZoom: 10,
      maxZoom: 19,
      boundsMarginMeters: 2000,
    },
    audit: { pseudonymSecret: vars.AUDIT_PSEUDONYM_SECRET ?? DEV_AUDIT_PSEUDONYM_SECRET },
    openData: {
      dir: resolve(vars.OPEN_DATA_DIR),
      retentionDays: vars.OPEN_DATA_RETENTION_DAYS,
      pseudonymSecret: vars.OPEN_DATA_PSEUDONYM_SECRET ?? DEV_PSEUDONYM_SECRET,
    },
    privacy: {
      dataExportDir: resolve(vars.DATA_EXPORT_DIR),
      dataExportTtlHours: vars.DATA_EXPORT_TTL_HOURS,
      reporterContactRetentionDays: vars.REPORTER_CONTACT_RETENTION_DAYS,
      unattachedPhotoRetentionHours: vars.UNATTACHED_PHOTO_RETENTION_HOURS,
    },
    mail: {
      smtpUrl: vars.SMTP_URL ?? null,
      from: vars.MAIL_FROM ?? DEV_MAIL_FROM,
      dir: resolve(vars.MAIL_DIR),
      maxPerRecipientPerHour: vars.MAIL_MAX_PER_RECIPIENT_PER_HOUR,
      retry: {
        delayMs: vars.MAIL_RETRY_DELAY_MS,
        maxDelayMs: Math.max(vars.MAIL_RETRY_DELAY_MS, vars.MAIL_RETRY_MAX_DELAY_MS),
        attempts: vars.MAIL_MAX_ATTEMPTS,
      },
      bounceToken: vars.MAIL_BOUNCE_TOKEN ?? null,
      hashSecret: vars.MAIL_HASH_SECRET ?? DEV_MAIL_HASH_SECRET,
      deliveryRetentionDays: vars.MAIL_DELIVERY_RETENTION_DAYS,
    },
    participation: {
      moderationHideThreshold: vars.MODERATION_HIDE_THRESHOLD,
      moderationNewAccountHours: vars.MODERATION_NEW_ACCOUNT_HOURS,
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

/** Below OWASP's argon2id minimum (19 MiB, 2 passes), a stolen table of hashes is cheap to crack. */
function refuseWeakPasswordHashing(vars: EnvironmentVariables): void {
  if (vars.NODE_ENV !== 'production') return;
  const problems = [
    vars.PASSWORD_HASH_MEMORY_KIB < 19456 && {
      name: 'PASSWORD_HASH_MEMORY_KIB',
      problems: ['must be at least 19456 in production'],
    },
    vars.PASSWORD_HASH_PASSES < 2 && { name: 'PASSWORD_HASH_PASSES', problems: ['must be at least 2 in production'] },
  ].filter((p): p is { name: string; problems: string[] } => Boolean(p));
  if (problems.length > 0) throw new ConfigError(problems);
}

/**
 * The development secrets are printed in this repository: anyone can forge a
 * token with them. They are refused in production, and elsewhere allowed only
 * on a loopback address, where no other machine can reach the server.
 */
function refusePublishedSecrets(vars: EnvironmentVariables, host: string): void {
  const published = (Object.keys(DEV_SECRETS) as (keyof typeof DEV_SECRETS)[]).filter(
    (name) => (vars[name] ?? DEV_SECRETS[name]) === DEV_SECRETS[name],
  );
  if (published.length === 0) return;
  if (vars.NODE_ENV === 'production') {
    throw new ConfigError(
      published.map((name) => ({
        name,
        problems: ['is the development value published in the repository; set a secret of your own'],
      })),
    );
  }
  if (isLoopback(host)) return;
  throw new ConfigError([
    {
      name: 'HOST',
      problems: [
        `${host} is reachable from other machines, but ${published.join(', ')} ${published.length > 1 ? 'are' : 'is'} ` +
          'the development value published in the repository, with which anyone can sign in as anyone. ' +
          'Set real secrets (at least 32 characters each), or listen on 127.0.0.1',
      ],
    },
  ]);
}

/** 127.0.0.0/8, ::1 (or IPv4-mapped loopback) and localhost: addresses only this machine can reach. */
function isLoopback(host: string): boolean {
  const address = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (address === 'localhost') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIPv4(v4)) return v4.startsWith('127.');
  return isIPv6(address) && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(address);
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
