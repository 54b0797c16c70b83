import type { KedangApi } from '../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { KedangError, type Envelope } from '../../shared/contract/errors';

declare global {
  interface Window {
    /** Provided by Electron's preload, or by the web harness's bridge script. */
    readonly kedang?: KedangApi;
  }
}

function api(): KedangApi {
  if (!window.kedang) throw new KedangError('INTERNAL', 'window.kedang is missing: open KeDang through Electron or npm run web');
  return window.kedang;
}

/** Calls one channel and returns its data, or throws the KedangError it carried. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const dot = channel.indexOf('.');
  const ns = api()[channel.slice(0, dot) as keyof KedangApi] as unknown as Record<string, (i: unknown) => Promise<unknown>>;
  const fn = ns[channel.slice(dot + 1)];
  if (!fn) throw new KedangError('UNKNOWN_CHANNEL', `window.kedang has no ${channel}`);
  const envelope = (await fn(input)) as Envelope<ChannelOutput<C>>;
  if (envelope.ok) return envelope.data;
  throw KedangError.fromPayload(envelope.error);
}
