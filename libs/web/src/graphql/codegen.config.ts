import type { CodegenConfig } from '@graphql-codegen/cli';

export const GENERATED_DIR = 'libs/web/src/graphql/generated/';

/**
 * Types every GraphQL document of the website (`graphql(...)` calls in
 * libs/web) against the committed schema.gql. The output is not committed:
 * build, check and test regenerate it when its inputs changed (scripts/codegen.ts).
 */
export function codegenConfig(outputDir = GENERATED_DIR): CodegenConfig {
  return {
    schema: 'schema.gql',
    documents: ['libs/web/src/**/*.{ts,tsx}', '!libs/web/src/graphql/generated/**', '!libs/web/src/**/*.spec.{ts,tsx}'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        },
      },
    },
  };
}
