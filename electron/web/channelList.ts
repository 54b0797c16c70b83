import { z } from 'zod';
import { channels, channelNames } from '../../shared/contract/channels';

/** GET /rpc: every channel with its access rule and its input as JSON Schema (from the zod schema). */
export function channelList() {
  return channelNames.map((name) => {
    const def = channels[name];
    return {
      name,
      kind: def.kind,
      access: def.access,
      summary: def.summary,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    };
  });
}
