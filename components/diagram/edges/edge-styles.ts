import type { CSSProperties } from 'react';
import type { EdgeKind } from '@/lib/diagram/kinds';

/** How each connection type looks; also used for the legend in the properties panel. */
export const EDGE_KIND_INFO: Record<EdgeKind, { label: string; style: CSSProperties }> = {
  sync: { label: 'Sync request', style: { stroke: '#475569', strokeWidth: 1.75 } },
  async: { label: 'Async message', style: { stroke: '#7c3aed', strokeWidth: 1.75, strokeDasharray: '6 4' } },
  replication: { label: 'Replication', style: { stroke: '#059669', strokeWidth: 1.75, strokeDasharray: '2 4' } },
  read: { label: 'Read', style: { stroke: '#2563eb', strokeWidth: 1.75 } },
  write: { label: 'Write', style: { stroke: '#ea580c', strokeWidth: 2.25 } },
};
