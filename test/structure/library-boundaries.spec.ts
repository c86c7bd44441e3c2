import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { RuleTester } from 'eslint';
import { LIBRARY_DEPENDENCIES } from '../../eslint/library-dependencies.mjs';
import { entryPointsOf, libraryBoundaries } from '../../eslint/library-boundaries.rule.mjs';

const ROOT = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const tsPaths: Record<string, string[]> = readJson('tsconfig.json').compilerOptions.paths;

describe('library boundaries (eslint quorum/library-boundaries)', () => {
  const options = [
    {
      root: ROOT,
      entryPoints: { budgets: ['entities'], proposals: ['entities'] },
      dependencies: { common: [], budgets: ['common', 'proposals'], proposals: ['common'] },
    },
  ];
  const at = (path: string) => join(ROOT, path);
  const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

  tester.run('library-boundaries', libraryBoundaries, {
    valid: [
      { filename: at('libs/budgets/src/services/a.ts'), code: "import { b } from '../entities/b.entity';", options },
      { filename: at('libs/budgets/src/services/a.ts'), code: "import { P } from '@quorum/proposals';", options },
      {
        filename: at('libs/budgets/src/entities/a.ts'),
        code: "import { P } from '@quorum/proposals/entities';",
        options,
      },
      { filename: at('apps/api/src/a.ts'), code: "import { B } from '@quorum/budgets/entities';", options },
      { filename: at('apps/api/src/a.ts'), code: "import { x } from './graphql/x';", options },
      // Tests and benchmarks stand outside the libraries.
      { filename: at('test/e2e/a.ts'), code: "import { x } from '../../libs/budgets/src/jobs/x';", options },
    ],
    invalid: [
      {
        filename: at('libs/budgets/src/entities/budget.entity.ts'),
        code: "import { P } from '../../../proposals/src/entities/proposal.entity';",
        options,
        errors: [{ messageId: 'relativeOutside' }],
      },
      {
        filename: at('apps/worker/src/a.ts'),
        code: "export { x } from '../../api/src/x';",
        options,
        errors: [{ messageId: 'relativeOutside' }],
      },
      {
        filename: at('apps/cli/src/a.ts'),
        code: "import { x } from '@quorum/budgets/services/ballot.service';",
        options,
        errors: [{ messageId: 'internals' }],
      },
      {
        filename: at('libs/budgets/src/a.ts'),
        code: "const m = import('@quorum/proposals/src/x');",
        options,
        errors: [{ messageId: 'internals' }],
      },
      {
        filename: at('libs/budgets/src/a.ts'),
        code: "import { B } from '@quorum/budgets';",
        options,
        errors: [{ messageId: 'selfAlias' }],
      },
      {
        filename: at('libs/proposals/src/a.ts'),
        code: "import { B } from '@quorum/budgets';",
        options,
        errors: [{ messageId: 'layering' }],
      },
      {
        filename: at('libs/web/src/a.ts'),
        code: "import { B } from '@quorum/budgets';\nimport { P } from '@quorum/proposals';",
        options,
        errors: [{ messageId: 'undeclared' }],
      },
    ],
  });

  it('is on in the project configuration: `npm run check` fails on each kind of leak', () => {
    const fixtures = {
      'libs/proposals/src/entities/x.entity.ts':
        "import { UserEntity } from '../../../identity/src/entities/user.entity';\nexport const x = UserEntity;\n",
      'libs/budgets/src/services/x.ts':
        "import { BallotType } from '@quorum/tally/model/ballot-type';\nexport const x = BallotType;\n",
      'libs/identity/src/services/x.ts':
        "import { ProposalService } from '@quorum/proposals';\nexport const x = ProposalService;\n",
      'apps/api/src/x.ts': "import { AuditLog } from '@quorum/audit';\nexport const x = AuditLog;\n",
    };
    const script = `
      const { ESLint } = require('eslint');
      (async () => {
        const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
        const fixtures = ${JSON.stringify(fixtures)};
        const out = {};
        for (const [file, code] of Object.entries(fixtures)) {
          const [result] = await eslint.lintText(code, { filePath: file });
          out[file] = result.messages.map((m) => m.ruleId);
        }
        process.stdout.write(JSON.stringify(out));
      })();`;
    const rules = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(rules).toEqual({
      'libs/proposals/src/entities/x.entity.ts': ['quorum/library-boundaries'],
      'libs/budgets/src/services/x.ts': ['quorum/library-boundaries'],
      'libs/identity/src/services/x.ts': ['quorum/library-boundaries'],
      'apps/api/src/x.ts': [],
    });
  }, 60_000);

  it('declares an acyclic graph of the libraries that exist', () => {
    const libs = readdirSync(join(ROOT, 'libs')).sort();
    expect(Object.keys(LIBRARY_DEPENDENCIES).sort()).toEqual(libs);
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (lib: string, trail: string[]): void => {
      if (state.get(lib) === 'done') return;
      if (state.get(lib) === 'visiting') throw new Error(`cycle: ${[...trail, lib].join(' -> ')}`);
      state.set(lib, 'visiting');
      for (const dep of LIBRARY_DEPENDENCIES[lib]) {
        expect(libs).toContain(dep);
        visit(dep, [...trail, lib]);
      }
      state.set(lib, 'done');
    };
    for (const lib of libs) visit(lib, []);
  });
});

describe('named entry points', () => {
  it('resolve alike in tsc (tsconfig.json), the build (.swcrc) and jest', () => {
    // .swcrc holds one configuration per file kind (.ts, and .tsx for the website's pages): each resolves alike.
    const swcConfigs: { jsc: { paths: unknown } }[] = [readJson('.swcrc')].flat();
    for (const config of swcConfigs) expect(config.jsc.paths).toEqual(tsPaths);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.config.js is CommonJS
    const { moduleNameMapper } = require(join(ROOT, 'jest.config.js')) as { moduleNameMapper: Record<string, string> };
    const viaJest = (alias: string): string | undefined => {
      for (const [pattern, target] of Object.entries(moduleNameMapper)) {
        const match = new RegExp(pattern).exec(alias);
        if (match) return normalize(target.replace('$1', match[1]).replace('<rootDir>', '.'));
      }
    };
    for (const [alias, [target]] of Object.entries(tsPaths)) {
      const example = alias.replace('*', 'budgets');
      expect([example, viaJest(example)]).toEqual([example, normalize(target.replace('*', 'budgets'))]);
    }
    expect(Object.keys(entryPointsOf(tsPaths)).length).toBeGreaterThan(0);
  });
});
