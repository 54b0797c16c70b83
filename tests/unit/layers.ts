import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type Layer = 'shared' | 'core' | 'main' | 'preload' | 'web' | 'renderer';

export function layerOf(repoRelativePath: string): Layer | null {
  const p = repoRelativePath.split(sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('electron/core/')) return 'core';
  if (p.startsWith('electron/main/')) return 'main';
  if (p.startsWith('electron/preload/')) return 'preload';
  if (p.startsWith('electron/web/')) return 'web';
  if (p.startsWith('renderer/')) return 'renderer';
  return null;
}

/** Which layers each layer may import, and whether it may import Electron or Node built-ins. */
const rules: Record<Layer, { layers: Layer[]; electron: boolean; node: boolean }> = {
  shared: { layers: ['shared'], electron: false, node: false },
  core: { layers: ['shared', 'core'], electron: false, node: true },
  main: { layers: ['shared', 'core', 'main'], electron: true, node: true },
  preload: { layers: ['shared', 'preload'], electron: true, node: false },
  web: { layers: ['shared', 'core', 'web'], electron: false, node: true },
  renderer: { layers: ['shared', 'renderer'], electron: false, node: false },
};

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (spec) found.push(spec);
  }
  return found;
}

const nodeBuiltins = new Set(['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads']);

/** Returns a description of each import in `file` that breaks the layer rule. */
export function violations(repoRoot: string, file: string, source: string): string[] {
  const fromRel = relative(repoRoot, file);
  const layer = layerOf(fromRel);
  if (!layer) return [];
  const rule = rules[layer];
  const problems: string[] = [];
  for (const spec of importsOf(source)) {
    if (spec === 'electron' || spec.startsWith('electron/')) {
      if (!rule.electron) problems.push(`${fromRel}: ${layer} must not import '${spec}'`);
    } else if (spec.startsWith('node:') || nodeBuiltins.has(spec)) {
      if (!rule.node) problems.push(`${fromRel}: ${layer} must not import Node built-in '${spec}'`);
    } else if (spec.startsWith('.')) {
      const target = layerOf(relative(repoRoot, resolve(dirname(file), spec)));
      if (target && !rule.layers.includes(target)) problems.push(`${fromRel}: ${layer} must not import ${target} ('${spec}')`);
    }
  }
  return problems;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry)) out.push(full);
  }
  return out;
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Relative imports of every file under `dir` (type-only ones included), as a graph of repo-relative paths. */
export function importGraph(repoRoot: string, dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(repoRoot, dir))) {
    const from = relative(repoRoot, file);
    const targets: string[] = [];
    for (const spec of importsOf(readSource(file))) {
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
      if (found) targets.push(relative(repoRoot, found));
    }
    graph.set(from, targets);
  }
  return graph;
}

/** Every cycle among the graph's own files (each strongly connected component of more than one file, or a file importing itself). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexes = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indexes.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indexes.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexes.get(w)!));
    }
    if (low.get(v) === indexes.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexes.has(v)) visit(v);
  return cycles;
}
