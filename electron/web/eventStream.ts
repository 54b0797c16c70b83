import type { ServerResponse } from 'node:http';
import type { EventName, Events } from '../../shared/contract/events';

/**
 * Core's pushed events (job progress) as Server-Sent Events: each open `GET /events` stream gets
 * every event, named as in the contract. The page opens one stream; the token guards it like /rpc.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  readonly emit = <E extends EventName>(name: E, payload: Events[E]): void => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of this.clients) res.write(frame);
  };

  attach(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': kedang events\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  closeAll(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
