import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { Envelope } from './errors';
import type { EventName, Events } from './events';

type Namespace<C extends string> = C extends `${infer NS}.${string}` ? NS : never;
type MethodsOf<NS extends string> = Extract<ChannelName, `${NS}.${string}`>;
type MethodName<C extends string> = C extends `${string}.${infer M}` ? M : never;

/** window.kedang: `kedang.auth.login({ ... })` for channel 'auth.login'; every call resolves to an Envelope. */
export type KedangApi = {
  [NS in Namespace<ChannelName>]: {
    [C in MethodsOf<NS> as MethodName<C>]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;
  };
} & {
  /** Listens to what core pushes (job progress); returns the function that stops listening. */
  onEvent<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (name: string, listener: (payload: unknown) => void) => () => void;

/** Builds window.kedang from the channel list; preload (IPC) and the web bridge (fetch) share it. */
export function buildKedangApi(names: readonly ChannelName[], invoke: Invoke, subscribe: Subscribe): KedangApi {
  const api: Record<string, unknown> = { onEvent: (name: string, listener: (payload: unknown) => void) => subscribe(name, listener) };
  for (const name of names) {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    const method = name.slice(dot + 1);
    ((api[ns] ??= {}) as Record<string, (input: unknown) => Promise<Envelope<unknown>>>)[method] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as KedangApi;
}
