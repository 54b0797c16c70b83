import { handler } from '../rpc/handler';
import { vaultExists } from '../vault/vaultFile';

export const appStatus = handler('app.status', {
  run(ctx) {
    return {
      phase: vaultExists(ctx.dataDir) ? 'locked' : 'setup',
      appVersion: ctx.appVersion,
      storeName: null,
      user: null,
      idleLockSeconds: 600,
    };
  },
});
