import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ControlState } from '@/lib/interviews/control';

/**
 * The room's wire protocol: y-websocket's (sync = 0, awareness = 1, query awareness = 3) plus one message
 * of our own, CONTROL, that only the server sends: the interview's control state as JSON. The y-websocket
 * client accepts extra message types through `provider.messageHandlers`.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
export const MESSAGE_CONTROL = 100;

/** y-protocols' sync sub-types: step 1 asks for missing updates; step 2 and update carry document data. */
const SYNC_STEP1 = 0;

/** Close codes: 4400-4499 tell y-websocket not to reconnect (a deliberate refusal). */
export const CLOSE = {
  tooLarge: 1009,
  policy: 1008,
  unsupported: 1003,
  ended: 4410,
} as const;

export function encodeControl(state: ControlState): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_CONTROL);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

export function decodeControlPayload(decoder: decoding.Decoder): unknown {
  return JSON.parse(decoding.readVarString(decoder)) as unknown;
}

export type InboundKind = 'read' | 'write' | 'awareness' | 'invalid';

/**
 * What an incoming message would do, read from its first bytes only: `write` changes the document
 * (sync step 2 or update), `read` asks for state (sync step 1, awareness query), `awareness` is presence.
 * Anything else, including our CONTROL type, is `invalid` from a browser.
 */
export function classifyInbound(message: Uint8Array): InboundKind {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) return 'awareness';
    if (type === MESSAGE_QUERY_AWARENESS) return 'read';
    if (type !== MESSAGE_SYNC) return 'invalid';
    const syncType = decoding.readVarUint(decoder);
    if (syncType === SYNC_STEP1) return 'read';
    return syncType === 1 || syncType === 2 ? 'write' : 'invalid';
  } catch {
    return 'invalid';
  }
}
