import { sessionHandler, type HandlersOf } from '../rpc/handler';

export const appHandlers: HandlersOf<'app'> = {
  'app.status': sessionHandler((ctx) => ctx.session.status()),
};
