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
