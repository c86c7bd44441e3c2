import { generate } from '@graphql-codegen/cli';
import { codegenConfig, GENERATED_DIR } from '../codegen.config';

// `npm run web:codegen` writes libs/web/src/graphql/generated/; the drift test passes another directory.
const outputDir = process.argv[2] ? `${process.argv[2].replace(/\/$/, '')}/` : GENERATED_DIR;

generate(codegenConfig(outputDir), true).then(
  () => process.stdout.write(`Wrote ${outputDir}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
