'use client';

import { CATALOGUE, type ComponentField } from '@/lib/diagram/catalogue';
import { DIAGRAM_LIMITS, EVICTION_POLICIES, REPLICATION_MODES } from '@/lib/diagram/kinds';
import { componentDataSchema, type ComponentData } from '@/lib/diagram/schema';
import type { FlowNode } from '../flow-types';
import type { CommonPatch, ComponentPatch } from '../use-editor-actions';
import { NumberField, SelectField, TextField } from './fields';

type NumericField = 'instances' | 'capacityPerInstance' | 'replicas' | 'shards' | 'ttlSeconds' | 'hitRatio';

const NUMBER_LABELS: Record<NumericField, { label: string; step?: number }> = {
  instances: { label: 'Instances' },
  capacityPerInstance: { label: 'Capacity per instance (requests/s)' },
  replicas: { label: 'Replicas' },
  shards: { label: 'Shards' },
  ttlSeconds: { label: 'TTL (seconds)' },
  hitRatio: { label: 'Hit ratio (0–1)', step: 0.05 },
};

const REPLICATION_OPTIONS = REPLICATION_MODES.map((value) => ({ value, label: value === 'none' ? 'None' : value.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()) }));
const EVICTION_OPTIONS = EVICTION_POLICIES.map((value) => ({ value, label: value === 'ttl-only' ? 'TTL only' : value.toUpperCase() }));

function isNumeric(field: ComponentField): field is NumericField {
  return field in NUMBER_LABELS;
}

/** One control per catalogue field of the component's kind; values are checked against the schema. */
function ComponentFields({ data, onChange }: { data: ComponentData; onChange: (patch: ComponentPatch, field: string) => void }) {
  const info = CATALOGUE[data.kind];
  return info.fields.map((field) => {
    if (field === 'technology') {
      return <TextField key={field} label="Technology" value={data.technology ?? ''} maxLength={DIAGRAM_LIMITS.maxTechnology} suggestions={info.suggestions} onChange={(v) => onChange({ technology: v || undefined }, field)} />;
    }
    if (field === 'replicationMode') {
      return <SelectField key={field} label="Replication mode" value={data.replicationMode} options={REPLICATION_OPTIONS} allowEmpty onChange={(v) => onChange({ replicationMode: v }, field)} />;
    }
    if (field === 'evictionPolicy') {
      return <SelectField key={field} label="Eviction policy" value={data.evictionPolicy} options={EVICTION_OPTIONS} allowEmpty onChange={(v) => onChange({ evictionPolicy: v }, field)} />;
    }
    if (!isNumeric(field)) return null;
    const schema = componentDataSchema.shape[field];
    return <NumberField key={field} label={NUMBER_LABELS[field].label} step={NUMBER_LABELS[field].step} value={data[field]} isValid={(v) => schema.safeParse(v).success} onChange={(v) => onChange({ [field]: v }, field)} />;
  });
}

export function NodeProperties({ node, onCommon, onComponent }: { node: FlowNode; onCommon: (patch: CommonPatch, field: string) => void; onComponent: (patch: ComponentPatch, field: string) => void }) {
  const isNote = node.type === 'note';
  return (
    <>
      <p className="text-xs text-slate-500">{CATALOGUE[node.data.kind].label}</p>
      <TextField label={isNote ? 'Title' : 'Name'} value={node.data.label} maxLength={DIAGRAM_LIMITS.maxLabel} onChange={(label) => onCommon({ label }, 'label')} />
      {node.type === 'component' ? <ComponentFields data={node.data} onChange={onComponent} /> : null}
      <TextField label={isNote ? 'Text' : 'Notes'} value={node.data.notes ?? ''} maxLength={DIAGRAM_LIMITS.maxNotes} multiline onChange={(v) => onCommon({ notes: v || undefined }, 'notes')} />
    </>
  );
}
