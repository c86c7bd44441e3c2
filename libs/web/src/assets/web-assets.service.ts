import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { Injectable, OnModuleInit } from '@nestjs/common';
import type { AssetUrls } from '../http/page-context';
import { PATHS } from '../routes/paths';
import { AssetManifest, buildAssets, hashedName, readAssets } from './build-assets';
import type { ClientScript, PageStylesheet } from './client-scripts';
import { themeVariables } from './theme';

/** dist/web-assets, seen from the compiled dist/libs/web/src/assets. */
const BUILT_DIRECTORY = resolve(__dirname, '../../../../web-assets');

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

export interface ServedAsset {
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** Themed style sheets kept at most: one per colour the commune has had since the process started. */
const MAX_THEMES = 16;

/** Compressed when first asked for: a process running from sources (tests boot hundreds) serves few of its files. */
function served(name: string, body: Buffer): ServedAsset {
  let gzip: Buffer | undefined;
  let brotli: Buffer | undefined;
  return {
    contentType: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    body,
    get gzip() {
      return (gzip ??= gzipSync(body, { level: 9 }));
    },
    get brotli() {
      return (brotli ??= brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    },
  };
}

/**
 * The website's static files, named by content hash and cached by browsers
 * for a year. Compiled (`npm run build`): read from dist/web-assets. From
 * sources (development, tests): built in memory at boot by the same code.
 */
@Injectable()
export class WebAssets implements OnModuleInit {
  private manifest: AssetManifest;
  private readonly files = new Map<string, ServedAsset>();
  private readonly themes = new Map<string, string>();
  private baseCss = '';

  async onModuleInit(): Promise<void> {
    const fromSources = __filename.endsWith('.ts');
    const built = fromSources ? await buildAssets() : await readAssets(BUILT_DIRECTORY);
    this.manifest = built.manifest;
    for (const file of built.files) this.files.set(file.name, served(file.name, file.body));
    // The compiled API compresses everything now, so that no visitor waits for brotli's highest quality.
    if (!fromSources) for (const file of this.files.values()) void [file.gzip, file.brotli];
    this.baseCss = built.files.find((f) => f.name === built.manifest.baseStylesheet)!.body.toString('utf8');
  }

  get(name: string): ServedAsset | undefined {
    return this.files.get(name);
  }

  /** URLs for a page of a commune with this primary colour. */
  urls(primaryColor: string): AssetUrls {
    return {
      stylesheet: `${PATHS.assets}/${this.stylesheet(primaryColor)}`,
      favicon: `${PATHS.assets}/${this.manifest.favicon}`,
      script: (name: ClientScript) => `${PATHS.assets}/${this.manifest.scripts[name]}`,
      pageStylesheet: (name: PageStylesheet) => `${PATHS.assets}/${this.manifest.stylesheets[name]}`,
    };
  }

  /** One style sheet per colour: the site's rules, then the commune's custom properties. */
  private stylesheet(primaryColor: string): string {
    let name = this.themes.get(primaryColor);
    if (!name) {
      // After the base rules, whose :root holds the default colours: the same specificity, so the later wins.
      const body = Buffer.from(this.baseCss + themeVariables(primaryColor));
      name = hashedName('site', 'css', body);
      if (this.themes.size >= MAX_THEMES) {
        const [oldestColour, oldestName] = this.themes.entries().next().value!;
        this.themes.delete(oldestColour);
        this.files.delete(oldestName);
      }
      this.themes.set(primaryColor, name);
      this.files.set(name, served(name, body));
    }
    return name;
  }
}
