import { listUrl, readListParams } from './proposal-list-params';

const CONSULTATION = '0b6a1d5e-2f7c-4a51-9d3e-1c2b3a4d5e6f';
const CATEGORY = '7d1f0c2a-5b3e-4c8d-9a0f-6e5d4c3b2a10';

function paramsOf(url: string) {
  const search = new URL(url, 'http://x').searchParams;
  return readListParams((name) => search.get(name) ?? undefined);
}

describe('the proposals list’s query string', () => {
  it('reads back every criterion it writes, and leaves the defaults out of the address', () => {
    const params = {
      q: 'piste cyclable',
      categoryId: CATEGORY,
      districtId: undefined,
      answer: 'ACCEPTED' as const,
      mine: true,
      order: 'RANDOM' as const,
      after: undefined,
    };
    const url = listUrl(CONSULTATION, params, 'CURSOR');
    expect(url).toBe(
      `/consultations/${CONSULTATION}/propositions?q=piste+cyclable&categorie=${CATEGORY}&reponse=retenues&miennes=1&tri=hasard&apres=CURSOR`,
    );
    expect(paramsOf(url)).toEqual({ ...params, after: 'CURSOR' });
    expect(listUrl(CONSULTATION, { q: '', mine: false, order: 'RECENT' })).toBe(
      `/consultations/${CONSULTATION}/propositions`,
    );
  });

  it('drops values no form of the site produces instead of sending them to the API', () => {
    expect(paramsOf('/?categorie=abc&quartier=1%27%20OR&reponse=toutes&tri=pire&miennes=oui')).toEqual({
      q: '',
      categoryId: undefined,
      districtId: undefined,
      answer: undefined,
      mine: false,
      order: 'RECENT',
      after: undefined,
    });
  });
});
