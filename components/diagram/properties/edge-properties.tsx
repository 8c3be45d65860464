'use client';

import { DIAGRAM_LIMITS, EDGE_KINDS } from '@/lib/diagram/kinds';
import type { EdgeData } from '@/lib/diagram/schema';
import { EDGE_KIND_INFO } from '../edges/edge-styles';
import type { FlowEdge } from '../flow-types';
import { SelectField, TextField } from './fields';

export const EDGE_KIND_OPTIONS = EDGE_KINDS.map((value) => ({ value, label: EDGE_KIND_INFO[value].label }));
const PROTOCOLS = ['HTTP', 'HTTPS', 'gRPC', 'WebSocket', 'GraphQL', 'AMQP', 'Kafka', 'SQL', 'TCP', 'UDP'];

export function EdgeProperties({ edge, sourceLabel, targetLabel, onChange }: { edge: FlowEdge; sourceLabel: string; targetLabel: string; onChange: (patch: Partial<EdgeData>, field: string) => void }) {
  return (
    <>
      <p className="text-xs text-slate-500">
        Connection from {sourceLabel} to {targetLabel}
      </p>
      <SelectField label="Connection type" value={edge.data.kind} options={EDGE_KIND_OPTIONS} onChange={(kind) => onChange({ kind: kind ?? 'sync' }, 'kind')} />
      <TextField label="Label (protocol)" value={edge.data.label ?? ''} maxLength={DIAGRAM_LIMITS.maxEdgeLabel} suggestions={PROTOCOLS} onChange={(v) => onChange({ label: v || undefined }, 'label')} />
    </>
  );
}
