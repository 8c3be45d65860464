import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { ControlState } from '@/lib/interviews/control';
import { classifyInbound, decodeControlPayload, encodeControl, MESSAGE_CONTROL, MESSAGE_SYNC } from './protocol';

function syncMessage(write: (encoder: encoding.Encoder, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('nodes').set('a', 1);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('room protocol', () => {
  it('tells reads from writes by the first bytes', () => {
    expect(classifyInbound(syncMessage((e, d) => syncProtocol.writeSyncStep1(e, d)))).toBe('read');
    expect(classifyInbound(syncMessage((e, d) => syncProtocol.writeSyncStep2(e, d)))).toBe('write');
    expect(classifyInbound(syncMessage((e, d) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(d))))).toBe('write');
    expect(classifyInbound(Uint8Array.of(1, 0))).toBe('awareness');
    expect(classifyInbound(Uint8Array.of(3))).toBe('read');
  });

  it('treats control messages from a browser, unknown types and garbage as invalid', () => {
    expect(classifyInbound(Uint8Array.of(MESSAGE_CONTROL, 0))).toBe('invalid');
    expect(classifyInbound(Uint8Array.of(2))).toBe('invalid');
    expect(classifyInbound(Uint8Array.of(MESSAGE_SYNC, 7))).toBe('invalid');
    expect(classifyInbound(new Uint8Array())).toBe('invalid');
  });

  it('round-trips the control state', () => {
    const state: ControlState = {
      status: 'live',
      currentPhase: 2,
      timer: { startedAt: '2026-01-01T10:00:00.000Z', pausedAt: null, pausedSeconds: 0, limitSeconds: 2700 },
      serverNow: '2026-01-01T10:01:00.000Z',
      hints: [],
      sessionId: null,
    };
    const decoder = decoding.createDecoder(encodeControl(state));
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_CONTROL);
    expect(decodeControlPayload(decoder)).toEqual(state);
  });
});
