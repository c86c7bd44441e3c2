import path from 'node:path';

/**
 * Libraries (`libs/<name>`) and apps (`apps/<name>`) meet only through
 * `@quorum/<lib>` or a named entry point (`@quorum/<lib>/entities`): a relative
 * import may not leave its library or app, an import may not reach into another
 * library's files, a library does not import itself by its alias, and a library
 * imports only the libraries `dependencies` allows it. Tests and benchmarks
 * (outside libs/ and apps/) are not checked.
 */
export const libraryBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Libraries and apps import each other only through @quorum/<lib> and in layer order' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          entryPoints: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          dependencies: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['root', 'entryPoints', 'dependencies'],
        additionalProperties: false,
      },
    ],
    messages: {
      relativeOutside:
        "'{{source}}' leaves {{unit}}: import another library through '@quorum/<lib>' (or a named entry point).",
      internals: "'{{source}}' reaches into {{lib}}'s files: import '@quorum/{{lib}}'{{entries}} instead.",
      selfAlias: "{{unit}} imports itself through '{{source}}': use a relative import inside a library.",
      layering:
        "{{lib}} may not import '@quorum/{{target}}' (allowed: {{allowed}}); see docs/ARCHITECTURE.md and eslint/library-dependencies.mjs.",
      undeclared: '{{lib}} is not in eslint/library-dependencies.mjs: declare what it may import there.',
    },
  },
  create(context) {
    const { root, entryPoints, dependencies } = context.options[0];
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const unit = /^(libs|apps)\/([^/]+)\//.exec(file);
    if (!unit) return {};
    const [unitDir, kind, name] = [`${unit[1]}/${unit[2]}`, unit[1], unit[2]];
    let declared = true;

    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        if (!target.startsWith(`${unitDir}/`))
          context.report({ node: node.source, messageId: 'relativeOutside', data: { source, unit: unitDir } });
        return;
      }
      const alias = /^@quorum\/([^/]+)(?:\/(.+))?$/.exec(source);
      if (!alias) return;
      const [, lib, sub] = alias;
      if (kind === 'libs' && lib === name) {
        context.report({ node: node.source, messageId: 'selfAlias', data: { source, unit: unitDir } });
        return;
      }
      if (sub && !(entryPoints[lib] ?? []).includes(sub)) {
        const entries = (entryPoints[lib] ?? []).map((e) => ` or '@quorum/${lib}/${e}'`).join('');
        context.report({ node: node.source, messageId: 'internals', data: { source, lib, entries } });
      }
      if (kind !== 'libs') return;
      const allowed = dependencies[name];
      if (!allowed) {
        if (declared) context.report({ node: node.source, messageId: 'undeclared', data: { lib: name } });
        declared = false;
      } else if (!allowed.includes(lib)) {
        context.report({
          node: node.source,
          messageId: 'layering',
          data: { lib: name, target: lib, allowed: allowed.join(', ') || 'none' },
        });
      }
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference?.type === 'TSExternalModuleReference' &&
        check({ source: node.moduleReference.expression }),
    };
  },
};

/** `@quorum/<lib>/<entry>` aliases declared in tsconfig.json's `paths`, by library. */
export function entryPointsOf(paths) {
  const entries = {};
  for (const alias of Object.keys(paths)) {
    const match = /^@quorum\/([^/*]+)\/(.+)$/.exec(alias);
    if (match) (entries[match[1]] ??= []).push(match[2]);
  }
  return entries;
}
