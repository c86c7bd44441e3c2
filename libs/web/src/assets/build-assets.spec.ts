import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAssets, readAssets, writeAssets } from './build-assets';
import { CLIENT_SCRIPTS } from './client-scripts';

describe('the asset pipeline', () => {
  it('bundles the style sheet and every enhancement script under content-hashed names, and reads back what it wrote', async () => {
    const built = await buildAssets();
    expect(Object.keys(built.manifest.scripts).sort()).toEqual(Object.keys(CLIENT_SCRIPTS).sort());
    for (const file of built.files) {
      const hash = createHash('sha256').update(file.body).digest('hex').slice(0, 12);
      expect(file.name).toContain(`.${hash}.`);
    }
    const css = built.files.find((f) => f.name === built.manifest.baseStylesheet)!.body.toString();
    // Every domain sheet imported by site.css is in the bundle, minified.
    expect(css).toContain('.skip-link');
    expect(css).toContain('.error-summary');
    expect(css).toContain('.card-list');
    expect(css).not.toContain('@import');
    const script = built.files.find((f) => f.name === built.manifest.scripts['password-toggle'])!.body.toString();
    expect(script).toContain('data-password-toggle');
    expect(script).not.toMatch(/^import |require\(/m);
    // The maps' sheet: Leaflet's rules from node_modules and ours, without the pictures of controls they do not use.
    const mapCss = built.files.find((f) => f.name === built.manifest.stylesheets.map)!.body.toString();
    expect(mapCss).toContain('.leaflet-container');
    expect(mapCss).toContain('.map-marker');
    expect(mapCss).not.toMatch(/\.png|@import/);
    expect(built.files.find((f) => f.name === built.manifest.scripts.map)!.body.toString()).toContain('leaflet');

    const directory = await mkdtemp(join(tmpdir(), 'web-assets-'));
    await writeAssets(directory, built);
    const read = await readAssets(directory);
    expect(read.manifest).toEqual(built.manifest);
    expect(read.files.map((f) => [f.name, f.body.length])).toEqual(built.files.map((f) => [f.name, f.body.length]));
  });
});
