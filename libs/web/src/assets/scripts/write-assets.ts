import { join } from 'node:path';
import { buildAssets, writeAssets } from '../build-assets';

// Part of `npm run build`: the website's hashed assets, next to the compiled code.
async function main(): Promise<void> {
  const built = await buildAssets();
  await writeAssets(join(process.cwd(), 'dist', 'web-assets'), built);
  process.stdout.write(`Wrote ${built.files.length} assets to dist/web-assets\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
