import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegenConfig, GENERATED_DIR } from '../codegen.config';
import { codegenInputsDigest } from './codegen-inputs';

/**
 * `npm run web:codegen` writes libs/web/src/graphql/generated/ (not committed: a build artefact).
 * `--if-changed`, as build, check and test run it, first compares a digest of the inputs with the one
 * written by the last run and does nothing when they match. Reads local files only: no network.
 */
const args = process.argv.slice(2);
const ifChanged = args.includes('--if-changed');
const outputArg = args.find((arg) => !arg.startsWith('--'));
const outputDir = outputArg ? `${outputArg.replace(/\/$/, '')}/` : GENERATED_DIR;
const root = process.cwd();
const stamp = join(outputDir, '.inputs-digest');
const OUTPUTS = ['gql.ts', 'graphql.ts', 'index.ts'];

async function main(): Promise<void> {
  const config = codegenConfig(outputDir);
  const digest = codegenInputsDigest(root, config);
  const upToDate =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === digest &&
    OUTPUTS.every((file) => existsSync(join(outputDir, file)));
  if (ifChanged && upToDate) return;
  // Loaded only when needed: the CLI alone takes a second to load.
  const { generate } = await import('@graphql-codegen/cli');
  await generate(config, true);
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(stamp, digest);
  process.stdout.write(`Wrote ${outputDir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
