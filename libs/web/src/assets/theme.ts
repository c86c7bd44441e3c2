const hex = (n: number): string =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');

function mix(colour: string, other: string, weight: number): string {
  const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [a, b] = [rgb(colour), rgb(other)];
  return `#${a.map((v, i) => hex(v * (1 - weight) + b[i] * weight)).join('')}`;
}

/**
 * The commune's colours as CSS custom properties, put after the site's
 * style sheet. The primary colour passed the AA contrast check against white
 * when it was saved; the darker shade (hover) only adds contrast, and the
 * tint is a background for dark text.
 */
export function themeVariables(primaryColor: string): string {
  return `:root{--brand:${primaryColor};--brand-dark:${mix(primaryColor, '#000000', 0.25)};--brand-tint:${mix(primaryColor, '#ffffff', 0.9)}}`;
}
