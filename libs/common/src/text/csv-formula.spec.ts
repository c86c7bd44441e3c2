import { CSV_FORMULA_TRIGGERS, neutraliseCsvText } from './csv-formula';

describe('CSV formula neutralisation (issue #14.4)', () => {
  it('prefixes with a single quote every text that starts with a formula trigger', () => {
    expect(neutraliseCsvText('=HYPERLINK("https://evil.example","clic")')).toBe(
      `'=HYPERLINK("https://evil.example","clic")`,
    );
    for (const trigger of CSV_FORMULA_TRIGGERS) expect(neutraliseCsvText(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
  });

  it('leaves every other text as it is', () => {
    for (const text of ['', 'Réparer la fontaine', 'a=b', ' =1', "'déjà", '12', 'x-y', '\n=1'])
      expect(neutraliseCsvText(text)).toBe(text);
  });
});
