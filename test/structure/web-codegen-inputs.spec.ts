import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { codegenConfig, GENERATED_DIR } from '../../libs/web/src/graphql/codegen.config';
import { codegenInputFiles, codegenInputsDigest } from '../../libs/web/src/graphql/scripts/codegen-inputs';

// The generated GraphQL types are not committed: build, check and test regenerate them when this digest
// of their inputs changes (`npm run web:codegen -- --if-changed`). A file the digest missed would leave
// stale types (and, for a document, an empty one at run time) after a change.
const ROOT = join(__dirname, '../..');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'web-codegen-inputs-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const digest = (root: string): string => codegenInputsDigest(root, codegenConfig());

describe('inputs of the website GraphQL codegen', () => {
  it('cover schema.gql and every file of libs/web with a graphql() document, and no generated file', () => {
    const files = codegenInputFiles(ROOT).map((file) => relative(ROOT, file));
    expect(files.slice(0, 2)).toEqual(['schema.gql', 'package-lock.json']);
    // Against git's own list of the sources, so a file the walk skipped would show.
    const tracked = execFileSync('git', ['ls-files', 'libs/web/src'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.tsx?$/.test(file) && !/\.spec\.tsx?$/.test(file));
    expect(tracked.filter((file) => !files.includes(file))).toEqual([]);
    const withDocuments = files.filter((file) => /\bgraphql\(`/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(withDocuments.length).toBeGreaterThan(20);
    expect(files.filter((file) => file.startsWith(GENERATED_DIR) || /\.spec\.tsx?$/.test(file))).toEqual([]);
  });

  it('change with a document, the schema or the locked codegen packages, not with the generated output or a test', () => {
    const root = tree({
      'schema.gql': 'type Query { a: Int }',
      'package-lock.json': '{ "packages": { "node_modules/graphql": { "version": "16.0.0" } } }',
      'libs/web/src/a/a.documents.ts': 'graphql(`query A { a }`);',
      'libs/web/src/a/a.spec.ts': '',
      [`${GENERATED_DIR}gql.ts`]: '',
    });
    const before = digest(root);
    writeFileSync(join(root, 'libs/web/src/a/a.spec.ts'), 'it();');
    writeFileSync(join(root, `${GENERATED_DIR}gql.ts`), 'export {};');
    expect(digest(root)).toBe(before);
    writeFileSync(join(root, 'libs/web/src/a/a.documents.ts'), 'graphql(`query A { a b }`);');
    const afterDocument = digest(root);
    expect(afterDocument).not.toBe(before);
    writeFileSync(join(root, 'schema.gql'), 'type Query { a: Int b: Int }');
    expect(digest(root)).not.toBe(afterDocument);
    const afterSchema = digest(root);
    // A codegen plugin or graphql itself updated in the lock file.
    writeFileSync(
      join(root, 'package-lock.json'),
      '{ "packages": { "node_modules/graphql": { "version": "16.1.0" } } }',
    );
    expect(digest(root)).not.toBe(afterSchema);
  });
});
