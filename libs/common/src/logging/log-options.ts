import { randomUUID } from 'node:crypto';
import type { LoggerOptions } from 'pino';

// Never let credentials, tokens or personal data reach the logs, whatever a call site passes.
// `*.key` matches one level down only, so each key is also listed at the top level (`logger.log({ email })`).
const SENSITIVE_KEYS = [
  'password',
  'passwordHash',
  'token',
  'email',
  'censusCode',
  'api_key',
  'phone',
  'reporterEmail',
  'reporterName',
  'reporterPhone',
];

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  // A failed statement's values (TypeORM's QueryFailedError) and PostgreSQL's detail, which quotes them: a ballot
  // cut mid-transaction would otherwise log its receipt, content and voter key beside the time.
  'err.parameters',
  'err.detail',
  'err.driverError.detail',
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map((key) => `*.${key}`),
];

export const REQUEST_ID_HEADER = 'x-request-id';

/** Reuses a caller's request id when it looks like one (tracing across a proxy), otherwise makes one. */
export function requestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
}

/** JSON logs; requests are logged by method, path (no query string: it may hold keys) and status only. */
export function logOptions(level: string, service: string): LoggerOptions {
  return {
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
