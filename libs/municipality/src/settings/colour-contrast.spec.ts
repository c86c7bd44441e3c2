import { contrastOnSite, contrastRatio, DEFAULT_PRIMARY_COLOR, MINIMUM_CONTRAST } from './colour-contrast';

describe('contrastRatio', () => {
  it('gives the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes AA on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('passes for the default colour, on every light background of the site', () => {
    expect(contrastOnSite(DEFAULT_PRIMARY_COLOR)).toBeGreaterThanOrEqual(MINIMUM_CONTRAST);
    expect(contrastOnSite('#767676')).toBeLessThan(MINIMUM_CONTRAST);
  });
});
