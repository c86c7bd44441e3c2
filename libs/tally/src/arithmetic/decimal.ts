/**
 * Money amounts arrive as decimal strings ("735616.25"). They are kept exact by
 * scaling every amount of an election by one common power of ten, so that the
 * rules can compare plain bigints.
 */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export interface ScaledDecimal {
  /** value × 10^scale */
  readonly units: bigint;
  readonly scale: number;
}

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

export function parseDecimal(text: string): ScaledDecimal {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`not a non-negative decimal number: "${text}"`);
  const frac = (m[2] ?? '').replace(/0+$/, '');
  return { units: BigInt(m[1] + frac), scale: frac.length };
}

/** Re-expresses `d` with `scale` decimals (scale must be ≥ d.scale). */
export function rescale(d: ScaledDecimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

/** Scales several decimal strings to integers with a common power of ten. */
export function toCommonScale(texts: readonly string[]): { units: bigint[]; scale: number } {
  const parsed = texts.map(parseDecimal);
  const scale = parsed.reduce((s, d) => Math.max(s, d.scale), 0);
  return { units: parsed.map((d) => rescale(d, scale)), scale };
}

/** Formats `units / 10^scale` as a plain decimal without trailing zeros. */
export function formatScaled(units: bigint, scale: number): string {
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
  const intPart = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return (neg ? '-' : '') + intPart + (frac ? `.${frac}` : '');
}
