import { describe, expect, it } from 'vitest';
import { chooseInitialState, draftKey, parseDraft, serializeDraft, type Draft } from './draft';
import { createNode } from './operations';
import type { Diagram } from './schema';

const diagram = (...ids: string[]): Diagram => ({ nodes: ids.map((id) => createNode('service', { x: 0, y: 0 }, id)), edges: [] });

describe('draft storage', () => {
  it('round-trips and ignores garbage', () => {
    const draft: Draft = { baseVersion: 3, diagram: diagram('a'), savedAt: 10, base: diagram() };
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    expect(parseDraft(serializeDraft(draft, false))?.base).toBeUndefined();
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft(JSON.stringify({ baseVersion: 1, nodes: [{ id: 1 }], edges: [], savedAt: 1 }))).toBeNull();
    expect(draftKey('s1')).toBe('scaleboard:diagram:s1');
  });
});

describe('chooseInitialState', () => {
  const server = { version: 4, diagram: diagram('a', 'b') };

  it('uses the server when there is no draft', () => {
    expect(chooseInitialState(server, null)).toEqual({ diagram: server.diagram, baseVersion: 4, base: server.diagram, hasUnsavedChanges: false });
  });

  it('prefers a draft based on the current version', () => {
    const state = chooseInitialState(server, { baseVersion: 4, diagram: diagram('a', 'b', 'c'), savedAt: 1 });
    expect(state.diagram.nodes).toHaveLength(3);
    expect(state).toMatchObject({ baseVersion: 4, hasUnsavedChanges: true });
  });

  it('keeps a draft the server lost (its version went back)', () => {
    const state = chooseInitialState({ version: 0, diagram: diagram() }, { baseVersion: 2, diagram: diagram('x'), savedAt: 1 });
    expect(state).toMatchObject({ baseVersion: 0, hasUnsavedChanges: true });
    expect(state.diagram.nodes.map((n) => n.id)).toEqual(['x']);
  });

  it('merges a draft with newer server work', () => {
    const state = chooseInitialState(server, { baseVersion: 2, diagram: diagram('a', 'c'), savedAt: 1, base: diagram('a') });
    expect(state.diagram.nodes.map((n) => n.id)).toEqual(['a', 'c', 'b']);
    expect(state.baseVersion).toBe(4);
  });
});
