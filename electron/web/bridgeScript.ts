import { buildKedangApi } from '../../shared/contract/api';
import { channelNames } from '../../shared/contract/channels';
import { eventNames } from '../../shared/contract/events';

/**
 * The script the harness injects before the renderer: the same window.kedang that preload builds,
 * over fetch instead of IPC. It reuses buildKedangApi's own source, so both transports stay one.
 */
export function bridgeScript(): string {
  return `(() => {
  const buildKedangApi = ${buildKedangApi.toString()};
  const invoke = async (channel, input) => {
    const response = await fetch('/rpc/' + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input === undefined ? {} : input),
    });
    return response.json();
  };
  // One event stream for the page, opened on the first listener; the cookie carries the token.
  let source = null;
  const subscribe = (name, listener) => {
    if (!${JSON.stringify(eventNames)}.includes(name)) return () => undefined;
    source ??= new EventSource('/events');
    const handler = (event) => listener(JSON.parse(event.data));
    source.addEventListener(name, handler);
    return () => source.removeEventListener(name, handler);
  };
  Object.defineProperty(window, 'kedang', {
    value: Object.freeze(buildKedangApi(${JSON.stringify(channelNames)}, invoke, subscribe)),
    writable: false,
    configurable: false,
  });
})();
`;
}
