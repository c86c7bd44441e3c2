import { readFileSync } from 'node:fs';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LIBRARY_DEPENDENCIES } from './eslint/library-dependencies.mjs';
import { entryPointsOf, libraryBoundaries } from './eslint/library-boundaries.rule.mjs';

const root = import.meta.dirname;
const { paths } = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')).compilerOptions;

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'var/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      'libs/web/src/graphql/generated/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { quorum: { rules: { 'library-boundaries': libraryBoundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-console': 'error',
      // Libraries meet through @quorum/<lib> (or a named entry point), in layer order: docs/ARCHITECTURE.md.
      'quorum/library-boundaries': [
        'error',
        { root, entryPoints: entryPointsOf(paths), dependencies: LIBRARY_DEPENDENCIES },
      ],
    },
  },
  // Benchmarks report to the terminal.
  { files: ['bench/**'], rules: { 'no-console': 'off' } },
);
