import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateIf } from 'class-validator';

const isProduction = (env: EnvironmentVariables): boolean => env.NODE_ENV === 'production';
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every setting the platform reads from the environment. Secrets have no
 * default in production: a deployment must never run on a secret that is
 * published in this repository.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** 0 picks a free port (tests). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsString()
  @IsOptional()
  HOST = '0.0.0.0';

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/quorum';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 20;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Namespaces every Redis key (queues, rate limits) so deployments and test runs never collide. */
  @IsString()
  @MinLength(1)
  REDIS_PREFIX = 'quorum';

  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 3600;

  /** Key of the HMAC that census identifiers are stored under. Changing it orphans every imported entry. */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.CENSUS_HMAC_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'CENSUS_HMAC_SECRET must be at least 32 characters' })
  CENSUS_HMAC_SECRET?: string;

  /** Key of the HMAC that links a resident to their ballot for re-voting. Changing it mid-vote lets residents vote twice. */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.BALLOT_HMAC_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'BALLOT_HMAC_SECRET must be at least 32 characters' })
  BALLOT_HMAC_SECRET?: string;

  /** Decidim's budget workflows: "all" lets a resident vote in every open budget, "one" in one budget of a vote only. */
  @IsIn(['one', 'all'])
  BUDGET_VOTING_WORKFLOW: 'one' | 'all' = 'all';

  /** How long a worker holds a job before others consider it stalled and re-run it (crash recovery). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  WORKER_LOCK_DURATION_MS = 30000;

  @Type(() => Number)
  @IsInt()
  @Min(8)
  @Max(128)
  PASSWORD_MIN_LENGTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 30;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REGISTER_MAX_PER_IP = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REGISTER_WINDOW_SECONDS = 3600;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 2000;

  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_IDE = false;

  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  @Transform(toBoolean)
  @IsBoolean()
  @IsOptional()
  SEED_DEMO?: boolean;

  /** Reports that hide a proposal or comment automatically (Decidim's default); a consultation may override it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MODERATION_HIDE_THRESHOLD = 3;

  /** Proposals one resident may submit in a consultation, drafts included; a consultation may override it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PROPOSALS_PER_RESIDENT_PER_CONSULTATION = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Where uploaded files (report photos) are stored; relative paths start at the working directory. */
  @IsString()
  @MinLength(1)
  UPLOADS_DIR = 'var/uploads';
}
