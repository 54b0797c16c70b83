import { contextBridge, ipcRenderer } from 'electron';
import { buildKedangApi } from '../../shared/contract/api';
import { channelNames } from '../../shared/contract/channels';

// The page gets exactly the contract's channels as window.kedang, and nothing else of Electron.
contextBridge.exposeInMainWorld(
  'kedang',
  buildKedangApi(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
