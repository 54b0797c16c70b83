import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { Envelope } from './errors';

type Namespace<C extends string> = C extends `${infer NS}.${string}` ? NS : never;
type MethodsOf<NS extends string> = Extract<ChannelName, `${NS}.${string}`>;
type MethodName<C extends string> = C extends `${string}.${infer M}` ? M : never;

/** window.kedang: `kedang.auth.login({ ... })` for channel 'auth.login'; every call resolves to an Envelope. */
export type KedangApi = {
  [NS in Namespace<ChannelName>]: {
    [C in MethodsOf<NS> as MethodName<C>]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;
  };
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;

/** Builds window.kedang from the channel list; preload (IPC) and the web bridge (fetch) share it. */
export function buildKedangApi(names: readonly ChannelName[], invoke: Invoke): KedangApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const name of names) {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    const method = name.slice(dot + 1);
    (api[ns] ??= {})[method] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as KedangApi;
}
