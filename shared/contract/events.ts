import type { JobEvent } from '../jobs/jobTypes';

/**
 * What core pushes to the renderer without being asked, declared beside the channels: Electron sends
 * each on an IPC channel of the same name, the web harness as Server-Sent Events of that name.
 */
export interface Events {
  'jobs.event': JobEvent;
}

export type EventName = keyof Events;
export const eventNames: readonly EventName[] = ['jobs.event'];

export type EventSink = <E extends EventName>(name: E, payload: Events[E]) => void;
