import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/contract/channels';
import { KedangError } from '../../shared/contract/errors';
import type { Core } from '../core/core';

/**
 * Registers one IPC handler per contract channel. Input is validated and permissions checked in
 * core; here we only make sure the call comes from our own window's top frame.
 */
export function registerIpc(core: Core, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: new KedangError('FORBIDDEN', 'Caller is not the KeDang window').toPayload() };
      }
      return core.call(name, input);
    });
  }
}
