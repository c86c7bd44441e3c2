import { isLocalPath, links } from './paths';

describe('isLocalPath', () => {
  it('accepts paths of this site', () => {
    expect(isLocalPath('/')).toBe(true);
    expect(isLocalPath('/mon-compte/residence?x=1#a')).toBe(true);
  });

  it('refuses other hosts and tricks that browsers resolve to one', () => {
    for (const path of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/\t/evil.example',
      'evil',
      '',
      42,
    ])
      expect(isLocalPath(path)).toBe(false);
  });
});

describe('links', () => {
  it('carries a local return path and drops a foreign one', () => {
    expect(links.signIn('/mon-compte/residence')).toBe('/connexion?suivant=%2Fmon-compte%2Fresidence');
    expect(links.signIn('//evil.example')).toBe('/connexion');
    // Never back to the sign-in or sign-up page itself.
    expect(links.signIn('/connexion?suivant=%2Fx')).toBe('/connexion');
    expect(links.signUp('/inscription')).toBe('/inscription');
    expect(links.language('en', '/x?y=1')).toBe('/langue/en?retour=%2Fx%3Fy%3D1');
  });
});
