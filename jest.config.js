const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/** An `exports` map whose main entry is an .mjs file with no `require` condition (Preact 11). */
function onlyMjs(exports) {
  const main = exports && typeof exports === 'object' ? (exports['.'] ?? exports) : undefined;
  return !!main && typeof main === 'object' && !main.require && /\.mjs$/.test(main.default ?? main.import ?? '');
}

/** Packages that ship only ES modules (NestJS 12, Preact 11 among them): Jest on Node 20 cannot require() them. */
function esmOnlyPackages(root = join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of readdirSync(root)) {
    const dirs = entry.startsWith('@') ? readdirSync(join(root, entry)).map((d) => `${entry}/${d}`) : [entry];
    for (const name of dirs) {
      try {
        const pkg = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8'));
        if (pkg.type === 'module' || onlyMjs(pkg.exports)) names.push(name);
      } catch {
        // not a package
      }
    }
  }
  return names;
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `@quorum/<lib>` and its named entry points, from tsconfig.json's `paths` (which
 * .swcrc repeats for the build: test/structure/entry-points.spec.ts checks they agree).
 */
function moduleNameMapper() {
  const { paths } = JSON.parse(readFileSync(join(__dirname, 'tsconfig.json'), 'utf8')).compilerOptions;
  return Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [
      `^${escape(alias).replace('\\*', '([a-z-]+)')}$`,
      join('<rootDir>', target.replace('*', '$1')),
    ]),
  );
}

// One jest run covers unit tests (beside the code), integration tests (real
// PostgreSQL and Redis, one database per file) and end-to-end tests over HTTP.
const swc = {
  // The options are all here: .swcrc is for the build (and has no entry for node_modules' .js files).
  swcrc: false,
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
// Pages and components (libs/web) are JSX rendered by Preact.
const swcTsx = {
  ...swc,
  jsc: {
    ...swc.jsc,
    parser: { ...swc.jsc.parser, tsx: true },
    transform: { ...swc.jsc.transform, react: { runtime: 'automatic', importSource: 'preact' } },
  },
};

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.{spec,int-spec,e2e-spec,browser-spec}.{ts,tsx}'],
  // SWC compiles the ESM-only packages to CommonJS too (cached after the first run).
  transform: { '^.+\\.tsx$': ['@swc/jest', swcTsx], '^.+\\.(ts|js|mjs)$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages().map(escape).join('|')})/)`],
  moduleNameMapper: moduleNameMapper(),
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  testTimeout: 60000,
  maxWorkers: 2,
  // Each test file boots the API (and often Chromium) in its worker, and what it loads is never freed: past
  // 2.5 GB a worker spent much of its time collecting garbage. A worker above this limit between files is
  // replaced by a fresh one.
  workerIdleMemoryLimit: '1200MB',
  // How long a worker told to end may take to exit before Jest kills it and prints "A worker process has failed to
  // exit gracefully" (default 500 ms). A worker that ran a file booting the API (and Chromium) has its event loop
  // empty as soon as it is told to end, but Node's own teardown after that (its heap, native modules) took 0.2 to
  // 0.6 s on the machine's two shared cores (traced for test/browser/reports.browser-spec.ts, at main and before
  // the streamed uploads alike): over 500 ms, the warning came with nothing left open. A worker that does hold a
  // handle never ends, and is still killed and reported, 5 s later.
  workerGracefulExitTimeout: 5000,
};
