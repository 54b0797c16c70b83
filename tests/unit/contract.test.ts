import { describe, expect, it } from 'vitest';
import { channels, channelNames } from '../../shared/contract/channels';
import { permissions } from '../../shared/roles/permissions';
import { handlers } from '../../electron/core/rpc/handlers';
import { buildKedangApi } from '../../shared/contract/api';

describe('the contract', () => {
  it('every channel has a handler, and every handler has a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof handlers[name], name).toBe('function');
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
    const api = buildKedangApi(channelNames, async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, data: null };
    });
    await api.app.status({});
    expect(calls).toEqual([['app.status', {}]]);
  });
});
