import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditActionLabels, auditActions, isAuditAction } from '../../shared/audit/auditActionLabels';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Action codes written out in core: `action: 'x.y'`, `loanNote('x.y', …)`, ternaries choosing between two. */
function actionsWrittenInCore(): string[] {
  const found = new Set<string>();
  for (const file of sources(join(root, 'electron/core'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/action:\s*(?:[^'`\n,}]*\?\s*)?'([a-z]+\.[A-Za-z.]+)'(?:\s*:\s*'([a-z]+\.[A-Za-z.]+)')?/g)) [m[1], m[2]].forEach((a) => a && found.add(a));
    for (const m of text.matchAll(/(?:loanNote|vehicleNote|note)\(\s*'([a-z]+\.[A-Za-z.]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\(approve \? '([a-z]+\.\w+)' : '([a-z]+\.\w+)'\)/g)) [m[1], m[2]].forEach((a) => a && found.add(a));
  }
  return [...found].sort();
}

describe('audit action names', () => {
  it('every action core writes has a name in both languages', () => {
    const written = actionsWrittenInCore();
    // The scan finds the plain cases; the type of AuditInput.action catches the computed ones at compile time.
    expect(written.length).toBeGreaterThan(40);
    expect(written.filter((a) => !isAuditAction(a))).toEqual([]);
    for (const action of ['loans.approve', 'loans.reject', 'loans.direct', 'approvals.refused', 'audit.anchor', 'backup.restoreUndone', 'jobs.failed', 'customers.openInArchiveRoom', 'auth.lockout']) {
      expect(isAuditAction(action), action).toBe(true);
    }
    for (const action of auditActions) {
      expect(auditActionLabels[action].zh.trim(), action).not.toBe('');
      expect(auditActionLabels[action].en.trim(), action).not.toBe('');
      expect(auditActionLabel(action, 'en')).not.toBe(action);
    }
  });

  it('the renderer keeps no copy of the names: its message files have no auditActions', () => {
    for (const locale of ['zh-CN', 'en-US']) {
      expect(readFileSync(join(root, `renderer/features/audit/i18n.${locale}.ts`), 'utf8')).not.toMatch(/auditActions\s*:/);
    }
  });

  it('a code no longer written prints as itself', () => {
    expect(auditActionLabel('signoff.accepted', 'en')).toBe('signoff.accepted');
  });
});
