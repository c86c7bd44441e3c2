import { excerpt, proposalExcerpt } from './excerpt';

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

describe('proposalExcerpt', () => {
  it('gives the excerpt of the body it is given, again after the proposal is edited', () => {
    expect(proposalExcerpt('p1', 'Des **bancs** rue de Metz.')).toBe('Des bancs rue de Metz.');
    expect(proposalExcerpt('p1', 'Des **bancs** rue de Metz.')).toBe('Des bancs rue de Metz.');
    expect(proposalExcerpt('p1', 'Des _arbres_ rue de Metz.')).toBe('Des arbres rue de Metz.');
    expect(proposalExcerpt('p2', 'Des **bancs** rue de Metz.')).toBe('Des bancs rue de Metz.');
    expect(proposalExcerpt('p1', 'Des _arbres_ rue de Metz.')).toBe('Des arbres rue de Metz.');
  });

  it('stays right when more proposals pass than it keeps', () => {
    for (let i = 0; i < 500; i++) expect(proposalExcerpt(`q${i}`, `Texte ${i}`)).toBe(`Texte ${i}`);
    for (let i = 0; i < 500; i++) expect(proposalExcerpt(`q${i}`, `Texte ${i} modifié`)).toBe(`Texte ${i} modifié`);
  });
});
