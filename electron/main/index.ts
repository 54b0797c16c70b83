import { app, BrowserWindow, Menu, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { Core } from '../core/core';
import { handlers } from '../core/handlerTable';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpc } from './ipc';
import { lockDownWebContents, secureWebPreferences } from './security';

// One KeDang per PC session: a second launch focuses the first instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return (
      mainWindow !== null &&
      event.sender.id === mainWindow.webContents.id &&
      frame !== null &&
      frame.parent === null &&
      new URL(frame.url).origin === rendererOrigin
    );
  };

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.whenReady().then(() => {
    lockDownWebContents();
    const rendererDir = join(import.meta.dirname, '../renderer');
    serveRenderer(rendererDir);
    // The print fonts: the installer's resources folder, or out/resources when run from a build.
    const printResourcesDir = app.isPackaged ? process.resourcesPath : join(import.meta.dirname, '../resources');
    const core = new Core({ dataDir: join(app.getPath('userData'), 'data'), appVersion: app.getVersion(), handlers, printResourcesDir, emit: (name, payload) => mainWindow?.webContents.send(name, payload) });
    registerIpc(core, isTrustedSender);
    Menu.setApplicationMenu(null);

    mainWindow = new BrowserWindow({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
      show: false,
      title: 'KeDang 客档',
      webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);

    app.on('before-quit', () => core.close());
  });

  app.on('window-all-closed', () => app.quit());
}
