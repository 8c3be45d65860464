import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Diagram } from '@/lib/diagram/schema';
import { applyTextChange, edgesMap, nodesMap, phaseText, readDiagram, readEstimate, readNotes, writeDiagram, writeEstimate } from './room-content';

const node = (id: string, label = id) => ({ id, type: 'component' as const, position: { x: 0, y: 0 }, data: { kind: 'service' as const, label } });
const edge = (id: string, source: string, target: string) => ({ id, source, target, data: { kind: 'sync' as const } });
const diagram = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[] = []): Diagram => ({ nodes, edges });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('room document', () => {
  it('round-trips a diagram and writes only what changed', () => {
    const doc = new Y.Doc();
    writeDiagram(doc, diagram([node('a'), node('b')], [edge('e', 'a', 'b')]));
    expect(readDiagram(doc).nodes.map((n) => n.id)).toEqual(['a', 'b']);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeDiagram(doc, diagram([node('a', 'API'), node('b')], [edge('e', 'a', 'b')]));
    expect(updates).toHaveLength(1);
    expect(readDiagram(doc).nodes.find((n) => n.id === 'a')?.data.label).toBe('API');
  });

  it('merges concurrent edits of different nodes', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeDiagram(a, diagram([node('x')]));
    sync(a, b);
    writeDiagram(a, diagram([node('x'), node('y')]));
    writeDiagram(b, diagram([node('x', 'renamed')]));
    sync(a, b);
    expect(readDiagram(a)).toEqual(readDiagram(b));
    expect(readDiagram(a).nodes.map((n) => `${n.id}:${n.data.label}`)).toEqual(['x:renamed', 'y:y']);
  });

  it('drops edges left dangling by a concurrent delete and ignores malformed entries', () => {
    const doc = new Y.Doc();
    writeDiagram(doc, diagram([node('a')]));
    edgesMap(doc).set('e', edge('e', 'a', 'gone'));
    nodesMap(doc).set('bad', { id: 'bad', type: 'rocket' });
    expect(readDiagram(doc)).toEqual({ nodes: [expect.objectContaining({ id: 'a' })], edges: [] });
  });

  it('keeps the estimate and per-phase notes', () => {
    const doc = new Y.Doc();
    writeEstimate(doc, { inputs: { dailyActiveUsers: 1e6 }, lines: [{ id: 'l1', expression: '2 + 2' }] });
    expect(readEstimate(doc)).toMatchObject({ inputs: { dailyActiveUsers: 1e6 }, lines: [{ id: 'l1' }] });
    applyTextChange(phaseText(doc, 1), 'hello world');
    applyTextChange(phaseText(doc, 1), 'hello brave world');
    expect(readNotes(doc)).toEqual({ '1': 'hello brave world' });
  });

  it('merges concurrent typing in one phase note', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTextChange(phaseText(a, 2), 'cache reads');
    sync(a, b);
    applyTextChange(phaseText(a, 2), 'cache hot reads');
    applyTextChange(phaseText(b, 2), 'cache reads, shard writes');
    sync(a, b);
    expect(phaseText(a, 2).toString()).toBe('cache hot reads, shard writes');
    expect(phaseText(b, 2).toString()).toBe(phaseText(a, 2).toString());
  });
});
