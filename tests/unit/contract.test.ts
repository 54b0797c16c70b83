import { describe, expect, it } from 'vitest';
import { channels, channelNames } from '../../shared/contract/channels';
import { permissions } from '../../shared/roles/permissions';
import { handlers } from '../../electron/core/handlerTable';
import { buildKedangApi } from '../../shared/contract/api';

describe('the contract', () => {
  it('every channel has a handler, and every handler has a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) {
      const entry = handlers[name] as unknown;
      expect(typeof entry === 'function' || (typeof entry === 'object' && entry !== null && typeof (entry as { session: unknown }).session === 'function'), name).toBe(true);
    }
  });

  it('only the app status, setup, login/lock, recovery-code and whole-archive (backup, restore) handlers may touch the session', () => {
    const withSession = channelNames.filter((name) => typeof handlers[name] !== 'function').sort();
    expect(withSession).toEqual(
      [
        'app.status',
        'auth.lock',
        'auth.login',
        'auth.logout',
        'auth.recover',
        'auth.touch',
        'auth.unlock',
        'settings.rotateRecovery',
        'documents.printRecoverySheet',
        'setup.confirmRecovery',
        'setup.initialize',
        'setup.prepareRestore',
        'setup.restorePreview',
        'setup.cancelRestore',
        'setup.applyRestore',
        'backup.start',
        'backup.check',
        'backup.status',
        'backup.prepareRestore',
        'backup.applyRestore',
        'backup.undoRestore',
      ].sort(),
    );
  });

  it('every channel declares who may call it', () => {
    const allowed = new Set<string>(['public', 'session', ...permissions]);
    for (const name of channelNames) {
      expect(allowed.has(channels[name].access), `${name} access ${String(channels[name].access)}`).toBe(true);
      expect(['query', 'command']).toContain(channels[name].kind);
      expect(channels[name].summary.length, `${name} summary`).toBeGreaterThan(10);
    }
  });

  it('channel names are namespace.method so window.kedang can group them', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('window.kedang routes each method to its own channel', async () => {
    const calls: Array<[string, unknown]> = [];
    const listened: string[] = [];
    const api = buildKedangApi(
      channelNames,
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, data: null };
      },
      (name) => {
        listened.push(name);
        return () => undefined;
      },
    );
    await api.app.status({});
    expect(calls).toEqual([['app.status', {}]]);
    api.onEvent('jobs.event', () => undefined);
    expect(listened).toEqual(['jobs.event']);
  });
});
