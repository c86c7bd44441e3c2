import { tileOrigin } from './municipality-map';

describe('tileOrigin', () => {
  it('is the origin of an http(s) template with {z}, {x} and {y}', () => {
    expect(
      tileOrigin(
        'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
      ),
    ).toBe('https://data.geopf.fr');
    expect(tileOrigin('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
  });

  it.each([
    ['a placeholder missing', 'https://tiles.example.org/{z}/{x}.png'],
    ['a placeholder in the host', 'https://{s}.tiles.example.org/{z}/{x}/{y}.png'],
    ['another placeholder', 'https://tiles.example.org/{z}/{x}/{y}{r}.png'],
    ['another scheme', 'javascript:alert(1)//{z}/{x}/{y}'],
    ['a data URL', 'data:image/png,{z}{x}{y}'],
    ['credentials', 'https://user:secret@tiles.example.org/{z}/{x}/{y}.png'],
    ['a CSP separator', "https://tiles.example.org/{z}/{x}/{y}.png;script-src 'unsafe-inline'"],
    ['spaces', 'https://tiles.example.org/{z}/{x}/{y}.png https://evil.example'],
    ['not a URL', '{z}/{x}/{y}'],
  ])('is null with %s', (_why, template) => {
    expect(tileOrigin(template)).toBeNull();
  });
});
