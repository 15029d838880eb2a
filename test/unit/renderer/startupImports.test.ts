/**
 * What the page loads before an article can open: the modules reachable from the entry (`renderer/main.tsx`) and the
 * application (`renderer/boot.tsx`) through static imports. Code only some actions need is loaded on first use with
 * `import()` (the claims engine: `renderer/annotations/claimsEngine.ts`; the translation view), so that every page
 * load does not parse and compile it. This test keeps it out of the start-up graph: a static import of it anywhere
 * on the way would silently put it back into the application chunk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The relative modules `file` imports at run time (type-only imports and `import()` calls left out). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) found.push(specifier.text);
  }
  return found;
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every source file statically reachable from `entries`, relative to the repository. */
function startupGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.join(root, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (seen.has(rel) || !/\.tsx?$/.test(file)) continue;
    seen.add(rel);
    for (const specifier of runtimeImports(file)) {
      const target = resolve(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('start-up imports of the renderer', () => {
  const graph = startupGraph(['renderer/main.tsx', 'renderer/boot.tsx']);

  it('reaches the application through the entry (the walk itself works)', () => {
    expect(graph.has('renderer/app/App.tsx')).toBe(true);
    expect(graph.has('renderer/annotations/AnnotationsPanel.tsx')).toBe(true);
    expect(graph.has('renderer/annotations/claimsEngine.ts')).toBe(true);
  });

  it('leaves the claims engine out: only the verdict scale of shared/claims is loaded at start', () => {
    const claims = [...graph].filter((f) => f.startsWith('shared/claims/')).sort();
    expect(claims).toEqual(['shared/claims/verdicts.ts']);
    expect(graph.has('renderer/annotations/claimsEngineModule.ts')).toBe(false);
  });

  it('leaves the translation view out', () => {
    expect(graph.has('renderer/translation/TranslationView.tsx')).toBe(false);
  });
});
