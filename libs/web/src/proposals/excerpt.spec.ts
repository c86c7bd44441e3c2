import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('gives the text of short Markdown without its markup', () => {
    expect(excerpt('## Idée\n\nUne **piste** [cyclable](https://x.example) rue _de Metz_.')).toBe(
      'Idée Une piste cyclable rue de Metz.',
    );
  });

  it('cuts long text at a word and marks the cut', () => {
    const text = excerpt(`${'mot '.repeat(100)}fin`);
    expect(text.endsWith('mot…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(181);
  });
});
