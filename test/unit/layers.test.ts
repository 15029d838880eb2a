/**
 * Holds the layering line of the house style by reading every .ts/.tsx file:
 *   shared/            pure: imports only shared/ and pure packages; no Node built-ins or Node/DOM globals, no Electron
 *   electron/services/ plain Node: never electron, electron/main, electron/preload, electron/hosts or renderer/
 *   electron/hosts/    plain Node doors: never electron, electron/main, electron/preload or renderer/
 *   electron/main/     may use electron, services and shared; never renderer/ or hosts/
 *   electron/preload/  sandboxed: only 'electron' and shared/ (and its own folder); no Node built-ins, no packages
 *   renderer/          only renderer/, shared/ and browser packages; no Node built-ins, electron or better-sqlite3
 *   everywhere:        only electron/main and electron/preload import 'electron' (in Node it would try to download
 *                      Electron); only renderer/api.ts touches window.glossa
 * Imports are read with TypeScript's own pre-processor (static, dynamic, `require`, `export ... from`, type-only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Layer = 'shared' | 'services' | 'hosts' | 'main' | 'preload' | 'renderer' | 'test' | 'other';

interface Violation {
  file: string;
  line: number;
  message: string;
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dist-electron', 'release', 'test-results', '.cache', '.git', '.vite', 'fixtures']);

/** Build configuration that runs in Node although it lives in a browser layer. */
const NODE_SIDE_CONFIG = new Set(['renderer/vite.config.ts']);

/** Packages that need Node, native code or Electron, or are build/test tooling: never in shared/ or renderer/. */
const NODE_ONLY_PACKAGES = [
  'electron',
  'better-sqlite3',
  'bindings',
  'react-dom/server',
  'electron-builder',
  'esbuild',
  'vite',
  'vitest',
  'playwright-core',
  'tsx',
  'typescript',
];
const NODE_ONLY_SCOPES = ['@electron/', '@vitejs/', '@types/'];

/** Packages that render into a real DOM: fine in renderer/, not in pure shared/. */
const DOM_PACKAGES = ['react-dom'];

/** Globals that belong to Node (in shared/ and renderer/) or to the DOM (in shared/). */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate']);
const DOM_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement']);

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function layerOf(rel: string): Layer {
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('electron/services/')) return 'services';
  if (rel.startsWith('electron/hosts/')) return 'hosts';
  if (rel.startsWith('electron/main/')) return 'main';
  if (rel.startsWith('electron/preload/')) return 'preload';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('test/')) return 'test';
  return 'other';
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(packageName(specifier)) || builtinModules.includes(specifier);
}

function matchesPackage(specifier: string, names: readonly string[], scopes: readonly string[] = []): boolean {
  return names.some((n) => specifier === n || specifier.startsWith(`${n}/`)) || scopes.some((s) => specifier.startsWith(s));
}

function lineAt(source: string, pos: number): number {
  return source.slice(0, pos).split('\n').length;
}

/** Every module specifier in a file with its line, including `/// <reference types>`. */
function importsOf(source: string): { specifier: string; line: number }[] {
  const info = ts.preProcessFile(source, true, true);
  const refs = info.importedFiles.map((f) => ({ specifier: f.fileName, line: lineAt(source, f.pos) }));
  for (const t of info.typeReferenceDirectives) {
    refs.push({ specifier: t.fileName === 'node' ? 'node:*' : t.fileName, line: lineAt(source, t.pos) });
  }
  return refs;
}

function isTypePosition(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return true;
    if (ts.isStatement(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

function isReferencePosition(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  if ((ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && parent.propertyName === node) return false;
  if (ts.isEnumMember(parent) || ts.isLabeledStatement(parent)) return false;
  return !isTypePosition(node);
}

/** Names a file declares itself (parameters, variables, functions, imports); a local `document` is not the DOM's. */
function declaredNames(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) ||
        ts.isBindingElement(node) || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    if (ts.isShorthandPropertyAssignment(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

function globalUses(sourceFile: ts.SourceFile, forbidden: ReadonlySet<string>): { name: string; line: number }[] {
  const local = declaredNames(sourceFile);
  const found: { name: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && forbidden.has(node.text) && !local.has(node.text) && isReferencePosition(node)) {
      found.push({ name: node.text, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** `window.glossa`, `globalThis.glossa`, `self['glossa']` and the like. */
function bridgeUses(sourceFile: ts.SourceFile): number[] {
  const lines: number[] = [];
  const holders = new Set(['window', 'globalThis', 'self']);
  const isHolder = (expression: ts.Expression): boolean => {
    let e = expression;
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) {
      e = e.expression;
    }
    return ts.isIdentifier(e) && holders.has(e.text);
  };
  const visit = (node: ts.Node): void => {
    let hit = false;
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'glossa') {
      hit = isHolder(node.expression);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === 'glossa') {
      hit = isHolder(node.expression);
    }
    if (hit) lines.push(sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return lines;
}

/** Everything wrong with one file, by its path relative to the project root (posix separators). */
export function checkFile(rel: string, source: string): Violation[] {
  const layer = layerOf(rel);
  const out: Violation[] = [];
  const add = (line: number, message: string): void => {
    out.push({ file: rel, line, message });
  };
  const nodeConfig = NODE_SIDE_CONFIG.has(rel);

  for (const { specifier, line } of importsOf(source)) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    const target = relative ? toPosix(path.posix.normalize(path.posix.join(path.posix.dirname(rel), specifier))) : null;
    const targetLayer = target ? layerOf(target) : null;
    const electron = !relative && (specifier === 'electron' || specifier.startsWith('electron/'));
    const builtin = !relative && (specifier === 'node:*' || isBuiltin(specifier));
    const nodeOnly = !relative && matchesPackage(specifier, NODE_ONLY_PACKAGES, NODE_ONLY_SCOPES);
    const what = `imports '${specifier}'`;

    if (electron && layer !== 'main' && layer !== 'preload') {
      add(line, `${what}: only electron/main and electron/preload may import electron`);
    }
    switch (layer) {
      case 'shared':
        if (target && targetLayer !== 'shared') add(line, `${what}: shared/ imports only shared/`);
        if (builtin) add(line, `${what}: shared/ is pure TypeScript, no Node built-ins`);
        else if (nodeOnly && !electron) add(line, `${what}: shared/ uses only pure packages`);
        else if (!relative && matchesPackage(specifier, DOM_PACKAGES)) add(line, `${what}: shared/ does not render into the DOM`);
        break;
      case 'services':
      case 'hosts': {
        const where = layer === 'services' ? 'electron/services/' : 'electron/hosts/';
        if (targetLayer === 'main' || targetLayer === 'preload' || targetLayer === 'renderer' || (layer === 'services' && targetLayer === 'hosts')) {
          add(line, `${what}: ${where} must not depend on ${targetLayer === 'hosts' ? 'electron/hosts' : targetLayer === 'renderer' ? 'renderer' : `electron/${targetLayer}`}`);
        }
        if (!relative && specifier.startsWith('@electron/')) add(line, `${what}: ${where} runs in plain Node, without Electron`);
        break;
      }
      case 'main':
        if (targetLayer === 'renderer' || targetLayer === 'hosts') add(line, `${what}: electron/main must not depend on ${targetLayer === 'hosts' ? 'electron/hosts' : 'renderer'}`);
        break;
      case 'preload':
        if (target && targetLayer !== 'preload' && targetLayer !== 'shared') add(line, `${what}: the preload may only use shared/ and its own folder`);
        if (!relative && !electron) add(line, `${what}: a sandboxed preload can require nothing but 'electron'`);
        break;
      case 'renderer':
        if (nodeConfig) break;
        if (target && targetLayer !== 'renderer' && targetLayer !== 'shared') add(line, `${what}: renderer/ imports only renderer/ and shared/`);
        if (builtin) add(line, `${what}: renderer/ runs in the browser, no Node built-ins`);
        else if (nodeOnly && !electron) add(line, `${what}: renderer/ uses only browser packages`);
        break;
      default:
        break;
    }
  }

  const isCode = layer !== 'test' && layer !== 'other' && !nodeConfig;
  if (isCode && (layer === 'shared' || layer === 'renderer' || layer === 'preload')) {
    const kind = rel.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sourceFile = ts.createSourceFile(rel, source, ts.ScriptTarget.Latest, true, kind);
    const forbidden = new Set([...NODE_GLOBALS, ...(layer === 'shared' ? DOM_GLOBALS : [])]);
    for (const use of globalUses(sourceFile, forbidden)) {
      const why = NODE_GLOBALS.has(use.name) ? 'a Node global' : 'a DOM global';
      add(use.line, `uses '${use.name}', ${why}: ${layer === 'shared' ? 'shared/ is pure TypeScript' : `${layer}/ runs in the page`}`);
    }
  }
  if (isCode && rel !== 'renderer/api.ts') {
    const kind = rel.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sourceFile = ts.createSourceFile(rel, source, ts.ScriptTarget.Latest, true, kind);
    for (const line of bridgeUses(sourceFile)) add(line, `touches window.glossa: only renderer/api.ts may`);
  }
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) sourceFiles(path.join(dir, entry.name), out);
    } else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) {
      out.push(path.join(dir, entry.name));
    }
  }
  return out;
}

describe('layering of the whole code base', () => {
  const files = sourceFiles(ROOT).map((f) => toPosix(path.relative(ROOT, f)));

  it('scans the real tree (every layer that exists is seen)', () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of ['shared', 'services', 'main', 'preload', 'renderer', 'test'] as const) expect(layers).toContain(layer);
  });

  it('has no upward or sideways imports', () => {
    const violations = files.flatMap((rel) => checkFile(rel, readFileSync(path.join(ROOT, rel), 'utf8')));
    const report = violations.map((v) => `  ${v.file}:${v.line}  ${v.message}`).join('\n');
    expect(violations, `Layering violations:\n${report}\n`).toEqual([]);
  });
});

describe('the layer checker itself (so the check above cannot pass vacuously)', () => {
  const messages = (rel: string, source: string) => checkFile(rel, source).map((v) => `${v.line}: ${v.message}`);

  it('catches Node, Electron, DOM and upward imports in shared/', () => {
    const found = messages(
      'shared/x/y.ts',
      [
        "import fs from 'node:fs';",
        "import path from 'path';",
        "import { app } from 'electron';",
        "import Database from 'better-sqlite3';",
        "import { createRoot } from 'react-dom/client';",
        "import { dispatch } from '../../electron/services/dispatch';",
        "import type { X } from '../../renderer/api';",
        "const m = await import('node:os');",
        "import { z } from 'zod';",
        "import { a } from '../model/article';",
      ].join('\n'),
    );
    expect(found.map((m) => Number(m.split(':')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('catches DOM and Node globals in shared/ but not local names or property names', () => {
    const found = messages(
      'shared/x.ts',
      [
        'export const a = document.title;',
        'export const b = window.innerWidth;',
        'export const c = process.env.HOME;',
        'export function d(doc: { document: number }) { return doc.document; }',
        'export function e(navigator: string) { return navigator; }',
        'export type F = typeof globalThis;',
        'export const g = { window: 1 };',
      ].join('\n'),
    );
    expect(found).toEqual([
      "1: uses 'document', a DOM global: shared/ is pure TypeScript",
      "2: uses 'window', a DOM global: shared/ is pure TypeScript",
      "3: uses 'process', a Node global: shared/ is pure TypeScript",
    ]);
  });

  it('keeps services and hosts away from electron, main, preload and renderer', () => {
    expect(messages('electron/services/a.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(messages('electron/services/a.ts', "import { x } from '../main/security';")).toHaveLength(1);
    expect(messages('electron/services/a.ts', "import { x } from '../hosts/cli/run';")).toHaveLength(1);
    expect(messages('electron/services/a.ts', "import { x } from '../../renderer/api';")).toHaveLength(1);
    expect(messages('electron/hosts/cli/a.ts', "import { x } from '../../preload/createBridge';")).toHaveLength(1);
    expect(messages('electron/services/a.ts', "import fs from 'node:fs'; import { c } from '../../shared/ipc/contract'; import D from 'better-sqlite3';")).toEqual([]);
  });

  it('lets only main and preload import electron, even from tests', () => {
    expect(messages('electron/main/a.ts', "import { app } from 'electron';")).toEqual([]);
    expect(messages('electron/preload/a.ts', "import { ipcRenderer } from 'electron';")).toEqual([]);
    expect(messages('test/unit/x.test.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(messages('electron/hosts/preview/a.ts', "const e = require('electron');")).toHaveLength(1);
  });

  it('keeps the preload to electron and shared', () => {
    expect(messages('electron/preload/a.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(messages('electron/preload/a.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(messages('electron/preload/a.ts', "import { dispatch } from '../services/dispatch';")).toHaveLength(1);
    expect(messages('electron/preload/a.ts', "import { channels } from '../../shared/ipc/contract';")).toEqual([]);
  });

  it('keeps the renderer in the browser, and window.glossa in renderer/api.ts', () => {
    expect(messages('renderer/app/App.tsx', "import fs from 'node:fs';")).toHaveLength(1);
    expect(messages('renderer/app/App.tsx', "import Database from 'better-sqlite3';")).toHaveLength(1);
    expect(messages('renderer/app/App.tsx', "import { x } from '../../electron/services/handlers';")).toHaveLength(1);
    expect(messages('renderer/app/App.tsx', "import { createRoot } from 'react-dom/client';\nimport { api } from '../api';")).toEqual([]);
    expect(messages('renderer/app/App.tsx', 'export const g = window.glossa;')).toEqual(['1: touches window.glossa: only renderer/api.ts may']);
    expect(messages('renderer/app/App.tsx', "export const g = (window as unknown as { glossa: 1 })['glossa'];")).toHaveLength(1);
    expect(messages('renderer/panels/P.tsx', 'export const g = (globalThis as unknown as { glossa?: unknown }).glossa;')).toHaveLength(1);
    expect(messages('renderer/app/App.tsx', "export const g = window['glossa'];")).toHaveLength(1);
    expect(messages('renderer/api.ts', 'export const g = window.glossa;')).toEqual([]);
    expect(messages('renderer/vite.config.ts', "import path from 'node:path'; import { defineConfig } from 'vite';")).toEqual([]);
  });
});
