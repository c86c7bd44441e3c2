import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CLIENT_SCRIPTS, ClientScript, PAGE_STYLESHEETS, PageStylesheet } from './client-scripts';

/** libs/web/src: where the style sheets and `*.client.ts` scripts are. */
const SOURCE_ROOT = resolve(__dirname, '..');

export interface AssetFile {
  /** Content-hashed file name, e.g. `password-toggle.3f2a9c1d0b7e.js`. */
  name: string;
  body: Buffer;
}

export interface AssetManifest {
  /** The site's style sheet before the commune's colours are added (see ThemedStylesheets). */
  baseStylesheet: string;
  favicon: string;
  scripts: Record<ClientScript, string>;
  /** Style sheets some pages add (PAGE_STYLESHEETS). */
  stylesheets: Record<PageStylesheet, string>;
}

export interface BuiltAssets {
  manifest: AssetManifest;
  files: AssetFile[];
}

export const MANIFEST_FILE = 'manifest.json';

/** Writes built assets and their manifest to a directory (dist/web-assets at build time). */
export async function writeAssets(directory: string, built: BuiltAssets): Promise<void> {
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  for (const file of built.files) await writeFile(join(directory, file.name), file.body);
  await writeFile(join(directory, MANIFEST_FILE), JSON.stringify(built.manifest, null, 2));
}

/** Reads what writeAssets wrote: the compiled API's assets. */
export async function readAssets(directory: string): Promise<BuiltAssets> {
  const manifest = JSON.parse(await readFile(join(directory, MANIFEST_FILE), 'utf8')) as AssetManifest;
  const names = [
    manifest.baseStylesheet,
    manifest.favicon,
    ...Object.values(manifest.scripts),
    ...Object.values(manifest.stylesheets),
  ];
  const files = await Promise.all(names.map(async (name) => ({ name, body: await readFile(join(directory, name)) })));
  return { manifest, files };
}

export function hashedName(base: string, extension: string, body: Buffer | string): string {
  return `${base}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${extension}`;
}

/**
 * Bundles and minifies the style sheet (site.css and the domain sheets it
 * imports) and each enhancement script with esbuild, names each file by its
 * content hash. `npm run build` writes the result to dist/web-assets; the
 * API running from sources (development, tests) builds it in memory at boot.
 */
export async function buildAssets(): Promise<BuiltAssets> {
  // A build-time tool (devDependency): never loaded by the compiled API.
  const esbuild = await import('esbuild');
  const files: AssetFile[] = [];
  const add = (base: string, extension: string, body: Buffer): string => {
    const name = hashedName(base, extension, body);
    files.push({ name, body });
    return name;
  };
  const bundleCss = async (source: string): Promise<Buffer> => {
    const css = await esbuild.build({
      entryPoints: [join(SOURCE_ROOT, source)],
      bundle: true,
      minify: true,
      write: false,
      target: ['chrome100', 'firefox100', 'safari15'],
      // Leaflet's sheet names pictures of controls and default markers the maps do not use: left out.
      loader: { '.png': 'empty', '.svg': 'empty' },
      logLevel: 'silent',
    });
    return Buffer.from(css.outputFiles[0].contents);
  };
  const baseStylesheet = add('site-base', 'css', await bundleCss('assets/site.css'));
  const favicon = add('favicon', 'svg', await readFile(join(SOURCE_ROOT, 'assets/favicon.svg')));
  const scripts = {} as Record<ClientScript, string>;
  for (const [name, source] of Object.entries(CLIENT_SCRIPTS) as [ClientScript, string][]) {
    const js = await esbuild.build({
      entryPoints: [join(SOURCE_ROOT, source)],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      target: ['es2020'],
      logLevel: 'silent',
    });
    scripts[name] = add(name, 'js', Buffer.from(js.outputFiles[0].contents));
  }
  // After the scripts: the order readAssets lists them in.
  const stylesheets = {} as Record<PageStylesheet, string>;
  for (const [name, source] of Object.entries(PAGE_STYLESHEETS) as [PageStylesheet, string][])
    stylesheets[name] = add(name, 'css', await bundleCss(source));
  return { manifest: { baseStylesheet, favicon, scripts, stylesheets }, files };
}
