import { contextBridge, ipcRenderer } from 'electron';
import { buildKedangApi } from '../../shared/contract/api';
import { channelNames } from '../../shared/contract/channels';
import { eventNames } from '../../shared/contract/events';

// The page gets exactly the contract's channels as window.kedang, and nothing else of Electron.
contextBridge.exposeInMainWorld(
  'kedang',
  buildKedangApi(
    channelNames,
    (channel, input) => ipcRenderer.invoke(channel, input),
    (name, listener) => {
      if (!(eventNames as readonly string[]).includes(name)) return () => undefined;
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(name, handler);
      return () => ipcRenderer.removeListener(name, handler);
    },
  ),
);
