import { buildKedangApi } from '../../shared/contract/api';
import { channelNames } from '../../shared/contract/channels';

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
  Object.defineProperty(window, 'kedang', {
    value: Object.freeze(buildKedangApi(${JSON.stringify(channelNames)}, invoke)),
    writable: false,
    configurable: false,
  });
})();
`;
}
