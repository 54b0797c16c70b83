import { describe, expect, it } from 'vitest';
import zhCN from '../../renderer/i18n/zh-CN';
import enUS from '../../renderer/i18n/en-US';
import { errorCodes } from '../../shared/contract/errors';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function valueAt(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('locales', () => {
  it('en-US has exactly the keys of zh-CN', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  it('no message is empty in either language', () => {
    for (const key of keys(zhCN)) {
      expect(String(valueAt(zhCN, key)).trim(), `zh-CN ${key}`).not.toBe('');
      expect(String(valueAt(enUS, key)).trim(), `en-US ${key}`).not.toBe('');
    }
  });

  it('every error code the contract can carry has a message in both languages', () => {
    for (const code of errorCodes) {
      expect(zhCN.errors[code], code).toBeTruthy();
      expect(enUS.errors[code], code).toBeTruthy();
    }
  });
});
