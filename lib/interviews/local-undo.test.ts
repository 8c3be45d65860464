import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Diagram } from '@/lib/diagram/schema';
import { createLocalUndo, undoFlags } from './local-undo';
import { edgesMap, nodesMap, readDiagram, writeDiagram } from './room-content';

const LOCAL = Symbol('local');
const REMOTE = 'provider';
const node = (id: string, label = id) => ({ id, type: 'component' as const, position: { x: 0, y: 0 }, data: { kind: 'service' as const, label } });
const labels = (doc: Y.Doc) => readDiagram(doc).nodes.map((n) => `${n.id}:${n.data.label}`);

/** Two participants; `b`'s updates reach `a` with the provider as origin, as y-websocket applies them. */
function room() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
  });
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
  });
  const undo = createLocalUndo([nodesMap(a), edgesMap(a)], LOCAL, 0);
  return { a, b, undo };
}

const write = (doc: Y.Doc, diagram: Diagram, origin?: unknown) => writeDiagram(doc, diagram, origin);

describe('local undo', () => {
  it('reverts only the local edit, keeping the remote one', () => {
    const { a, b, undo } = room();
    write(a, { nodes: [node('x')], edges: [] }, LOCAL);
    write(b, { nodes: [node('x'), node('y')], edges: [] });
    expect(labels(a)).toEqual(['x:x', 'y:y']);
    expect(undoFlags(undo)).toEqual({ canUndo: true, canRedo: false });

    undo.undo();
    expect(labels(a)).toEqual(['y:y']);
    expect(labels(b)).toEqual(['y:y']);
    expect(undoFlags(undo)).toEqual({ canUndo: false, canRedo: true });

    undo.redo();
    expect(labels(a)).toEqual(['x:x', 'y:y']);
    expect(labels(b)).toEqual(['x:x', 'y:y']);
  });

  it('has nothing to undo when only the other participant edited', () => {
    const { a, b, undo } = room();
    write(b, { nodes: [node('y')], edges: [] });
    expect(labels(a)).toEqual(['y:y']);
    expect(undoFlags(undo)).toEqual({ canUndo: false, canRedo: false });
    undo.undo();
    expect(labels(a)).toEqual(['y:y']);
  });

  it('restores the previous value of a locally edited node', () => {
    const { a, undo } = room();
    write(a, { nodes: [node('x', 'API')], edges: [] }, LOCAL);
    write(a, { nodes: [node('x', 'Gateway')], edges: [] }, LOCAL);
    undo.undo();
    expect(labels(a)).toEqual(['x:API']);
  });

  it('leaves a node as the other participant set it after the local edit', () => {
    const { a, b, undo } = room();
    write(a, { nodes: [node('x', 'API')], edges: [] }, LOCAL);
    write(b, { nodes: [node('x', 'Gateway')], edges: [] });
    undo.undo();
    expect(labels(a)).toEqual(['x:Gateway']);
  });

  it('applies undo with its own origin, so observers that skip local edits still see it', () => {
    const { a, undo } = room();
    write(a, { nodes: [node('x')], edges: [] }, LOCAL);
    const origins: unknown[] = [];
    nodesMap(a).observeDeep((_events, transaction) => origins.push(transaction.origin));
    undo.undo();
    expect(origins).toEqual([undo]);
  });

  it('merges edits within the capture window into one step', () => {
    const a = new Y.Doc();
    const undo = createLocalUndo([nodesMap(a), edgesMap(a)], LOCAL);
    write(a, { nodes: [node('x', 'A')], edges: [] }, LOCAL);
    write(a, { nodes: [node('x', 'AP')], edges: [] }, LOCAL);
    write(a, { nodes: [node('x', 'API')], edges: [] }, LOCAL);
    undo.undo();
    expect(labels(a)).toEqual([]);
    expect(undo.canUndo()).toBe(false);
  });
});
