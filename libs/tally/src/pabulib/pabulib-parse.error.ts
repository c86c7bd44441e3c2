/** A malformed .pb file: `line` is 1-based, `message` says what is wrong there. */
export class PabulibParseError extends Error {
  override readonly name = 'PabulibParseError';

  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}
