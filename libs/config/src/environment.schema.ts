import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

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

  /**
   * Address the API (and the worker's health endpoint) listen on: every
   * interface in production, loopback only elsewhere. A non-loopback address
   * is refused while a secret is one of the development values published in
   * this repository (see load-config.ts).
   */
  @IsString()
  @MinLength(1)
  @IsOptional()
  HOST?: string;

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

  /** How often the worker's outbox relay looks for jobs a notification missed or Redis refused (it is also woken on commit). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  OUTBOX_POLL_INTERVAL_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(8)
  @Max(128)
  PASSWORD_MIN_LENGTH = 10;

  /**
   * argon2id's memory per password hash, in KiB, and its passes. Production refuses less than OWASP's minimum
   * (19 MiB, 2 passes); the tests lower both, since a suite signs thousands of times in.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(4194304)
  PASSWORD_HASH_MEMORY_KIB = 65536;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  PASSWORD_HASH_PASSES = 3;

  /** The website signs a resident out after this many hours without a visit. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  SESSION_IDLE_HOURS = 72;

  /** ...and this many days after sign-in, however active. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_MAX_DAYS = 30;

  /** Failed sign-ins on one account from one IP address: locks that pair only, so the owner still signs in from elsewhere. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP = 5;

  /** Failed sign-ins on one account from any address: a ceiling against guessing spread over many addresses. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 100;

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

  /** Writes (votes, supports, proposals, comments, reports...) one account may make per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WRITE_MAX_PER_ACCOUNT = 30;

  /** Writes from one IP address per window, signed in or not; a town hall's public Wi-Fi shares one address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WRITE_MAX_PER_IP = 300;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  WRITE_WINDOW_SECONDS = 60;

  /** Expensive reads (a ballot receipt's proof) per window by one anonymous IP address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  EXPENSIVE_READ_MAX_PER_IP = 60;

  /** Expensive reads per window by one signed-in account (then counted by account, not by address). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  EXPENSIVE_READ_MAX_PER_ACCOUNT = 60;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  EXPENSIVE_READ_WINDOW_SECONDS = 60;

  /** How long the commune and its districts, read by every page's frame, are reused per process (0: every read queries). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60000)
  MUNICIPALITY_CACHE_MS = 1000;

  /** How long a budget's turnout figures are kept before they are counted again (per API process). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600)
  TURNOUT_CACHE_SECONDS = 30;

  /** Largest request body; the census import through GraphQL takes up to 5,000,000 characters of CSV. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  HTTP_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

  /** Browser origins allowed to call the API (comma-separated, e.g. https://participer.mairie-exemple.fr); none by default. Open data and Open311 reads are open to every origin. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((o) => o.trim().replace(/\/$/, ''))
          .filter(Boolean)
      : value,
  )
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { each: true })
  CORS_ORIGINS: string[] = [];

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 2000;

  /** Aliased fields in one document: each alias runs its resolver again (e.g. 500 login attempts in one request). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  GRAPHQL_MAX_ALIASES = 30;

  /** Characters of query text, refused before parsing. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_QUERY_LENGTH = 20000;

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

  /** A report filed by an account younger than this is flagged to moderators (a burst of fresh accounts). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(8760)
  MODERATION_NEW_ACCOUNT_HOURS = 24;

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

  /** Where open-data exports are written (the worker) and served from (the API); both must see the same directory. */
  @IsString()
  @MinLength(1)
  OPEN_DATA_DIR = 'var/open-data';

  /** Days an export version stays downloadable once a newer one is published (the current version is always kept). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  OPEN_DATA_RETENTION_DAYS = 30;

  /** Key of the HMAC that turns author ids into the pseudonyms published in open data. Changing it changes every pseudonym. */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.OPEN_DATA_PSEUDONYM_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'OPEN_DATA_PSEUDONYM_SECRET must be at least 32 characters' })
  OPEN_DATA_PSEUDONYM_SECRET?: string;

  /**
   * Public base URL of the platform (e.g. https://participer.mairie-exemple.fr): every absolute URL it
   * writes (Open311 discovery and media_url, the DCAT catalogue) starts with it, never with the request's
   * Host header, which any client chooses. Required in production.
   */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.PUBLIC_URL !== undefined)
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PUBLIC_URL must be an http(s) URL, e.g. https://participer.mairie-exemple.fr' },
  )
  @Matches(/^[^?#]*$/, { message: 'PUBLIC_URL must have no query string or fragment' })
  PUBLIC_URL?: string;

  /**
   * Key of the HMAC that turns staff ids into the pseudonyms public audit
   * entries carry (stable, so one agent's entries can be linked; not
   * reversible without it). Changing it changes the pseudonyms of later entries.
   */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.AUDIT_PSEUDONYM_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'AUDIT_PSEUDONYM_SECRET must be at least 32 characters' })
  AUDIT_PSEUDONYM_SECRET?: string;

  /** Where residents' data archives (requestMyData) are written: private, never the public open-data directory. */
  @IsString()
  @MinLength(1)
  DATA_EXPORT_DIR = 'var/private/data-exports';

  /** How long a resident's data archive can be downloaded, then the retention job deletes it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  DATA_EXPORT_TTL_HOURS = 72;

  /** Days after a report is closed (its last status change) before its reporter's email, name and phone are deleted. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  REPORTER_CONTACT_RETENTION_DAYS = 30;

  /** Hours an uploaded report photo may wait to be attached to a report before the retention job deletes it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  UNATTACHED_PHOTO_RETENTION_HOURS = 1;

  /** Address search of the report form, speaking the French national address API's `search` format (BAN / Géoplateforme), called by the server. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  GEOCODER_URL = 'https://data.geopf.fr/geocodage';

  /**
   * The website maps' default background (a commune's own map settings replace it): a tile URL template with
   * {z}, {x} and {y}. Default: IGN's Géoplateforme, Plan IGN v2, WMTS in Web Mercator (PM), open licence.
   */
  @Matches(/^https?:\/\/[^\s"'`;,<>\\]+$/, { message: 'must be an http(s) tile URL template' })
  MAP_TILE_URL =
    'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';

  /** The attribution MAP_TILE_URL's licence requires, plain text. */
  @IsString()
  @MinLength(2)
  MAP_TILE_ATTRIBUTION = 'Plan IGN – © IGN, Géoplateforme';

  /** How long an address search's answer is reused. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86400)
  GEOCODER_CACHE_SECONDS = 300;

  /**
   * Largest decoded photo, in pixels (width × height, read from the header
   * before decoding). Phones save 12 MP (4032 × 3024) or 24 MP (5712 × 4284)
   * photos by default; their 48–200 MP modes are opt-in.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000_000)
  @Max(100_000_000)
  PHOTO_MAX_PIXELS = 25_000_000;

  /** Photos one API process decodes at once; the others wait their turn. Decoding takes a core and up to ~100 MB each. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(16)
  PHOTO_DECODE_CONCURRENCY = 2;

  /** Photo uploads one IP address may make per window, on top of the write limits (an upload costs far more than a write). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PHOTO_UPLOAD_MAX_PER_IP = 20;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  PHOTO_UPLOAD_WINDOW_SECONDS = 600;

  /** Longest a census import may run before it stops with CENSUS_IMPORT_TOO_LONG (lines stored until then stay: imports are idempotent). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  CENSUS_IMPORT_MAX_SECONDS = 120;

  /** Outgoing mail server, e.g. smtp://user:pass@smtp.example.fr:587 (smtps:// for implicit TLS). Required in production; elsewhere, messages are written to MAIL_DIR instead. */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.SMTP_URL !== undefined)
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  /** The sender of every message, e.g. "Mairie d'Exemple <participer@mairie-exemple.fr>". Required in production. */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.MAIL_FROM !== undefined)
  @IsString()
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: Name <address@domain>',
  })
  MAIL_FROM?: string;

  /** Without SMTP_URL (outside production): where each message is written as an .eml file, listed at /dev/mail. */
  @IsString()
  @MinLength(1)
  MAIL_DIR = 'var/mail';

  /** Messages one address may receive per hour; more are not sent (a flood of password-reset requests, for instance). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MAIL_MAX_PER_RECIPIENT_PER_HOUR = 20;

  /** First delay before a message refused by the mail server (or unreachable) is tried again; doubled each time up to MAIL_RETRY_MAX_DELAY_MS. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  MAIL_RETRY_DELAY_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  MAIL_RETRY_MAX_DELAY_MS = 600_000;

  /** The X-Bounce-Token of POST /mail/rebonds, where the mail provider reports bounces and complaints (unset: the endpoint answers 404). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'MAIL_BOUNCE_TOKEN must be at least 32 characters' })
  MAIL_BOUNCE_TOKEN?: string;

  /** Attempts before a message is given up (with the defaults, about two days of a mail server being down). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MAIL_MAX_ATTEMPTS = 300;

  /**
   * Key of the HMAC that stands for an email address in the sent log
   * (`mail_deliveries`), the unsubscriptions (`mail_suppressions`) and the
   * unsubscribe links: without it, nobody can test a guessed address against
   * them. Changing it makes every unsubscription and sent-log row unmatchable
   * (docs/PRIVACY.md, "Mail").
   */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.MAIL_HASH_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'MAIL_HASH_SECRET must be at least 32 characters' })
  MAIL_HASH_SECRET?: string;

  /**
   * Days the sent log keeps each message's row (what makes a retried job send
   * nothing twice, the hourly limit, and the resident's data export), then the
   * hourly retention job deletes it. At least 7: longer than a message is
   * retried (MAIL_MAX_ATTEMPTS with backoff, about two days by default).
   */
  @Type(() => Number)
  @IsInt()
  @Min(7)
  MAIL_DELIVERY_RETENTION_DAYS = 90;
}
