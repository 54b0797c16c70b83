import type { HandlerTable } from './handler';
import { appStatus } from '../app/appStatus';

/** One handler per channel of the contract; the type makes a missing one a compile error. */
export const handlers: HandlerTable = {
  'app.status': appStatus,
};
