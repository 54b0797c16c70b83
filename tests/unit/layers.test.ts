import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { importCycles, importGraph, readSource, sourceFiles, violations } from './layers';

const root = resolve(import.meta.dirname, '../..');

describe('layer rule: shared ← core ← main, shared ← renderer', () => {
  it('no file in the repository breaks it', () => {
    const files = ['shared', 'electron', 'renderer'].flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) => violations(root, file, readSource(file)));
    expect(problems).toEqual([]);
  });

  it.each([
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { App } from '../../renderer/app/App';"],
    ['electron/core/x.ts', "export { registerIpc } from '../main/ipc';"],
    ['renderer/x.ts', "import { Core } from '../electron/core/core';"],
    ['renderer/x.ts', "const fs = await import('node:fs');"],
    ['shared/x.ts', "import { ipcRenderer } from 'electron';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { theme } from '../renderer/app/theme';"],
  ])('%s importing `%s` is caught', (file, source) => {
    expect(violations(root, join(root, file), source)).toHaveLength(1);
  });

  it('allowed imports pass', () => {
    expect(violations(root, join(root, 'electron/core/x.ts'), "import { z } from 'zod';\nimport { channels } from '../../shared/contract/channels';\nimport { join } from 'node:path';")).toEqual([]);
    expect(violations(root, join(root, 'renderer/x.ts'), "import { channels } from '../shared/contract/channels';")).toEqual([]);
  });

  it('ESLint enforces the same rule while editing', async () => {
    const eslint = new ESLint({ cwd: root });
    const [core] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: join(root, 'electron/core/probe.ts') });
    expect(core?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [renderer] = await eslint.lintText("import { Core } from '../electron/core/core';\nexport const c = Core;\n", { filePath: join(root, 'renderer/probe.ts') });
    expect(renderer?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});

describe('inside electron/core', () => {
  it('no file imports itself back through others, type-only imports included', () => {
    const graph = importGraph(root, 'electron/core');
    expect(graph.size).toBeGreaterThan(40);
    expect(importCycles(graph)).toEqual([]);
  });

  it('the cycle check finds a circle of three files', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  /** Handlers validate what zod cannot, check visibility, call stores and rules, and write their audit entry: SQL lives in stores. */
  const sqlInHandlers = [/\.prepare\(/, /\.exec\(/, /\bSELECT\b[\s\S]{0,400}?\bFROM\b/, /\bINSERT\s+(OR\s+\w+\s+)?INTO\b/, /\bUPDATE\s+\w+\s+SET\b/, /\bDELETE\s+FROM\b/, /\bWHERE\b\s+[\w.]+\s*(=|<|>|IN\b|IS\b)/];

  it('no handler file holds SQL', () => {
    const handlers = sourceFiles(join(root, 'electron/core')).filter((f) => f.endsWith('Handlers.ts'));
    expect(handlers.length).toBeGreaterThan(10);
    const offending = handlers.flatMap((file) => sqlInHandlers.filter((pattern) => pattern.test(readSource(file))).map((pattern) => `${file}: ${pattern}`));
    expect(offending).toEqual([]);
  });

  it.each([
    "db.prepare('SELECT 1').get();",
    "const rows = sql`SELECT id FROM customers`;",
    "run('INSERT INTO loans (a) VALUES (1)');",
    "run('UPDATE customers SET name = ?');",
    "run('DELETE FROM customers');",
    "where.always('WHERE r.status = @x')",
  ])('the SQL check catches %s', (source) => {
    expect(sqlInHandlers.some((pattern) => pattern.test(source))).toBe(true);
  });

  it('names such as USER_SELF_DELETE are not SQL', () => {
    expect(sqlInHandlers.some((pattern) => pattern.test("throw new KedangError('USER_SELF_DELETE', 'x');"))).toBe(false);
  });
});
