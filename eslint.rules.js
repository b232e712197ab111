// The project's own lint rule: import-x/no-cycle skips `import type`, but a circle through types still
// ties two modules together (the layers of README forbid it), so this one counts every relative import
// and re-export, type-only ones included.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs', '/index.js'];

/** Relative imports of one file, resolved to files; cached by path and modification time. */
const cache = new Map();
function importsOf(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.deps;
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const deps = [];
  for (const m of text.matchAll(IMPORT)) {
    const base = resolve(dirname(file), m[1] ?? m[2]);
    const found = EXTENSIONS.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
    if (found && /\.(m?ts|m?js)$/.test(found)) deps.push(found);
  }
  cache.set(file, { mtime, deps });
  return deps;
}

/** The shortest way back from `start` to itself, or null. */
function cycleFrom(start) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const dep of importsOf(file)) {
      if (dep === start) {
        const path = [start];
        for (let at = file; at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(dep)) {
        previous.set(dep, file);
        queue.push(dep);
      }
    }
  }
  return null;
}

const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import circle between modules, type-only imports included.' },
    schema: [],
    messages: {
      cycle: 'Import circle: {{path}}. Move what both need to a lower layer, or let the user declare the interface.',
    },
  },
  create(context) {
    return {
      Program(node) {
        const file = context.filename;
        if (!existsSync(file)) return;
        const cycle = cycleFrom(file);
        if (cycle)
          context.report({
            node,
            messageId: 'cycle',
            data: { path: cycle.map((f) => relative(context.cwd, f)).join(' -> ') },
          });
      },
    };
  },
};

export default { rules: { 'no-import-cycle': noImportCycle } };
