'use client';

import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { controlStateSchema, type ControlState } from '@/lib/interviews/control';
import { decodeControlPayload, MESSAGE_CONTROL } from '@/lib/realtime/protocol';

export interface RoomUser {
  name: string;
  color: string;
  role: 'interviewer' | 'candidate';
}

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface Room {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * Joins the live room of an interview: a Yjs document synced over the app's own WebSocket endpoint,
 * with presence, plus the control state (phase, clock, hints) that only the server sends. y-websocket
 * reconnects by itself and merges what was edited while offline.
 */
export function useRoom(interviewId: string, user: RoomUser) {
  const [room, setRoom] = useState<Room | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [isSynced, setSynced] = useState(false);
  const [control, setControl] = useState<{ state: ControlState; offsetMs: number } | null>(null);
  const { name, color, role } = user;

  useEffect(() => {
    const doc = new Y.Doc();
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/rooms`;
    const provider = new WebsocketProvider(url, interviewId, doc, { connect: false, disableBc: true });
    provider.messageHandlers[MESSAGE_CONTROL] = (_encoder, decoder) => {
      const parsed = controlStateSchema.safeParse(decodeControlPayload(decoder));
      if (parsed.success) setControl({ state: parsed.data, offsetMs: Date.parse(parsed.data.serverNow) - Date.now() });
    };
    provider.on('status', ({ status: next }) => setStatus(next));
    // The room is handed out once it has synced: the first render then shows the stored work.
    provider.on('sync', (synced: boolean) => {
      setSynced(synced);
      if (synced) setRoom((current) => (current?.provider === provider ? current : { doc, provider }));
    });
    provider.awareness.setLocalStateField('user', { name, color, role });
    provider.connect();
    return () => {
      provider.destroy();
      doc.destroy();
    };
  }, [interviewId, name, color, role]);

  // `isSynced` turns false while reconnecting; the room stays usable offline and merges on reconnect.
  return { room, status, isSynced, control };
}
