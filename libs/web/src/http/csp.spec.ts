import { PAGE_CSP, pageCsp } from './csp';

describe('pageCsp', () => {
  it('gives pages without a map the policy made once, as it always read', () => {
    expect(pageCsp()).toBe(PAGE_CSP);
    expect(pageCsp([])).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
  });

  it("lets a map's page show its tile server's images, and nothing else more", () => {
    expect(pageCsp(['https://tiles.example'])).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://tiles.example; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
  });
});
