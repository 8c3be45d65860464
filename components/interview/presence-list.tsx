'use client';

import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { ConnectionStatus } from './use-room';

interface Person {
  clientId: number;
  name: string;
  color: string;
  role: string;
}

function people(awareness: Awareness): Person[] {
  const list: Person[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown; role?: unknown } }).user;
    if (typeof user?.name === 'string' && typeof user.color === 'string' && typeof user.role === 'string') {
      list.push({ clientId, name: user.name, color: user.color, role: user.role });
    }
  });
  return list.sort((a, b) => a.role.localeCompare(b.role));
}

/** Who is in the room right now (from presence), and this browser's connection state. */
export function PresenceList({ awareness, status }: { awareness: Awareness; status: ConnectionStatus }) {
  const [list, setList] = useState<Person[]>(() => people(awareness));
  useEffect(() => {
    const update = () => setList(people(awareness));
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return (
    <div className="flex items-center gap-3 text-sm">
      <ul aria-label="People in the room" className="flex gap-2">
        {list.map((p) => (
          <li key={p.clientId} className="flex items-center gap-1 rounded-full border border-slate-200 bg-white px-2 py-0.5">
            <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ backgroundColor: p.color }} />
            <span>{p.name}</span>
            <span className="text-xs text-slate-600">({p.role}{p.clientId === awareness.clientID ? ', you' : ''})</span>
          </li>
        ))}
      </ul>
      <span role="status" className={status === 'connected' ? 'text-emerald-700' : 'text-amber-700'}>
        {status === 'connected' ? 'Live' : status === 'connecting' ? 'Connecting…' : 'Offline: your edits are kept and sent on reconnect'}
      </span>
    </div>
  );
}
