import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GENERATED_DIR } from '../codegen.config';

const WEB_SRC = 'libs/web/src';

/**
 * The files the codegen reads, as `codegenConfig` names them: schema.gql and every .ts/.tsx file of
 * libs/web/src but the generated code and the tests; and package-lock.json, which pins the codegen's
 * packages (the preset, its plugins, graphql that prints the documents). Walked by hand: Node 20 has
 * no fs.glob.
 */
export function codegenInputFiles(root: string): string[] {
  const generated = join(root, GENERATED_DIR);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (`${path}/` !== generated) walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  walk(join(root, WEB_SRC));
  return [join(root, 'schema.gql'), join(root, 'package-lock.json'), ...files.sort()];
}

/**
 * A digest of everything the generated code depends on (the inputs, the configuration and the locked
 * versions of the codegen): `npm run web:codegen -- --if-changed` skips the four seconds of the codegen
 * when it matches the one written beside the last output.
 */
export function codegenInputsDigest(root: string, configuration: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(configuration));
  for (const file of codegenInputFiles(root)) {
    hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}
