// A local ESLint rule: each folder says what it may import (eslint/layering.js), everything
// else fails — VS Code's code-import-patterns idea. A file no layer covers fails too, so every
// new folder is placed on purpose.
//
// Globs: `*` one path segment (or part of it), `**` any depth, `{a,b}` alternatives, `<L>` one
// segment captured from the file's own path and substituted into the allow-list (so
// `shared/ledgers/<L>/rules/**` may import `shared/ledgers/<L>/store/**` of its own ledger only).
import fs from 'node:fs';
import path from 'node:path';

const cache = new Map();

/** Compiles a glob to a RegExp; `<X>` becomes a named group. */
export function globToRegExp(glob) {
  let hit = cache.get(glob);
  if (hit) return hit;
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re +=
        '(?:' +
        glob
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|') +
        ')';
      i = end;
    } else if (c === '<') {
      const end = glob.indexOf('>', i);
      re += `(?<${glob.slice(i + 1, end)}>[^/]+)`;
      i = end;
    } else re += escape(c);
  }
  hit = new RegExp('^' + re + '$');
  cache.set(glob, hit);
  return hit;
}

function escape(s) {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

function fill(glob, captures) {
  return glob.replace(/<(\w+)>/g, (m, name) => captures[name] ?? m);
}

/** The first layer whose `files` match, with the `<X>` segments captured from the path. */
export function layerFor(layers, file) {
  for (const layer of layers) {
    for (const glob of layer.files) {
      const m = globToRegExp(glob).exec(file);
      if (m) return { layer, captures: { ...m.groups } };
    }
  }
  return null;
}

/** A relative import as a repo path (with the extension of the file it names, when it exists). */
export function resolveImport(root, fromFile, spec) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  const candidates = /\.\w+$/.test(base)
    ? [base]
    : [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, `${base}.js`];
  for (const c of candidates) {
    try {
      if (fs.statSync(path.join(root, c)).isFile()) return c;
    } catch {
      // not this one
    }
  }
  // A file that does not exist yet (or a test's imaginary file): judge it as a .ts file.
  return /\.\w+$/.test(base) ? base : `${base}.ts`;
}

function matchesAny(globs, value, captures) {
  return (globs ?? []).some((g) => globToRegExp(fill(g, captures)).test(value));
}

/** Whether `layer` allows importing `target` ({ kind: 'file' | 'package', path, typeOnly }). */
export function isAllowed(layer, captures, target, testExtras = []) {
  const lists = [layer.allow ?? {}, ...testExtras];
  if (target.typeOnly && layer.allowTypes) lists.push(layer.allowTypes);
  const key = target.kind === 'file' ? 'files' : 'packages';
  return lists.some((l) => matchesAny(l[key], target.path, captures));
}

export const importAllowList = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its layer allows (eslint/layering.js).' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array' },
          testFiles: { type: 'array' },
          testAllow: { type: 'array' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      uncovered:
        '“{{file}}”不在任何分层规则中：请在 eslint/layering.js 中为这个文件夹写明可以引用什么。',
      forbidden: '“{{layer}}”不得引用“{{target}}”。{{why}}',
    },
  },
  create(context) {
    const { layers, testFiles = [], testAllow = [] } = context.options[0] ?? {};
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    if (file.startsWith('..')) return {};
    const isTest = testFiles.some((g) => globToRegExp(g).test(file));
    // A test beside the code lives in the code's layer (plus the test allowances).
    const subject = isTest ? file.replace(/\.test(\.\w+)$/, '$1') : file;
    const found = layerFor(layers, subject);
    if (!found) {
      return {
        Program(node) {
          context.report({ node, messageId: 'uncovered', data: { file } });
        },
      };
    }
    const { layer, captures } = found;
    const testExtras = isTest
      ? testAllow.filter((t) => t.files.some((g) => globToRegExp(g).test(file))).map((t) => t.allow)
      : [];

    function check(node, source, typeOnly) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      const target = spec.startsWith('.')
        ? { kind: 'file', path: resolveImport(root, file, spec), typeOnly }
        : { kind: 'package', path: spec, typeOnly };
      if (isAllowed(layer, captures, target, testExtras)) return;
      context.report({
        node: source,
        messageId: 'forbidden',
        data: { layer: layer.name, target: target.path, why: layer.why ?? '' },
      });
    }

    const allTypeSpecifiers = (node) =>
      node.specifiers.length > 0 &&
      node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');

    return {
      ImportDeclaration(node) {
        check(node, node.source, node.importKind === 'type' || allTypeSpecifiers(node));
      },
      ExportNamedDeclaration(node) {
        if (node.source)
          check(node, node.source, node.exportKind === 'type' || allTypeSpecifiers(node));
      },
      ExportAllDeclaration(node) {
        check(node, node.source, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source, false);
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference')
          check(node, node.moduleReference.expression, node.importKind === 'type');
      },
    };
  },
};

export default { rules: { 'import-allow-list': importAllowList } };
