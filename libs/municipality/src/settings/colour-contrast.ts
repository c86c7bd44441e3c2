/** Quorum's blue: 8.6:1 on white. */
export const DEFAULT_PRIMARY_COLOR = '#1f4e8c';

/** WCAG 2.1 (1.4.3): normal text needs 4.5:1 against its background. */
export const MINIMUM_CONTRAST = 4.5;

/**
 * The lightest backgrounds the website puts the primary colour on (white, and
 * the light grey of the navigation and footer), and under which it puts white text.
 */
export const LIGHT_BACKGROUNDS = ['#ffffff', '#f4f4f2'];

/** The contrast of a colour with the website's light backgrounds: the lowest of them. */
export function contrastOnSite(colour: string): number {
  return Math.min(...LIGHT_BACKGROUNDS.map((background) => contrastRatio(colour, background)));
}

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
