/** Counts a `@LimitedWrite()` call against its account and IP, and refuses it past either limit. */
export abstract class WriteLimiter {
  abstract beforeWrite(accountId: string | null, ip: string): Promise<void>;
}

/** Counts a `@LimitedUpload()` call against its IP address, and refuses it past the limit. */
export abstract class UploadLimiter {
  abstract beforeUpload(ip: string): Promise<void>;
}

/** Counts an `@ExpensiveRead()` call against its account (signed in) or IP (anonymous), and refuses it past the limit. */
export abstract class ReadLimiter {
  abstract beforeExpensiveRead(accountId: string | null, ip: string): Promise<void>;
}
