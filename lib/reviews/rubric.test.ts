import { describe, expect, it } from 'vitest';
import type { Diagram } from '@/lib/diagram/schema';
import { commentTargetErrors, missingForSubmit, scoreErrors } from './rubric';

const diagram: Diagram = {
  nodes: [{ id: 'api', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'service', label: 'API' } }],
  edges: [{ id: 'e1', source: 'api', target: 'api', data: { kind: 'sync', label: '' } }],
} as Diagram;

describe('scoreErrors', () => {
  it('accepts the problem’s own dimensions', () => {
    expect(scoreErrors(['estimation', 'scalability'], [{ dimension: 'estimation' }])).toBeNull();
  });
  it('names each unknown dimension by its position', () => {
    expect(scoreErrors(['estimation'], [{ dimension: 'estimation' }, { dimension: 'vibes' }])).toEqual({
      'scores.1.dimension': 'Unknown rubric dimension "vibes"',
    });
  });
});

describe('commentTargetErrors', () => {
  it('accepts comments on existing nodes and edges', () => {
    expect(commentTargetErrors(diagram, [{ targetType: 'node', targetId: 'api' }, { targetType: 'edge', targetId: 'e1' }])).toBeNull();
  });
  it('refuses a missing target, and a node id given as an edge', () => {
    expect(commentTargetErrors(diagram, [{ targetType: 'node', targetId: 'ghost' }, { targetType: 'edge', targetId: 'api' }])).toEqual({
      'comments.0.targetId': 'The diagram has no node "ghost"',
      'comments.1.targetId': 'The diagram has no edge "api"',
    });
  });
});

describe('missingForSubmit', () => {
  it('lists unscored dimensions and a missing recommendation', () => {
    const missing = missingForSubmit(['estimation', 'scalability'], { scores: [{ dimension: 'estimation' }], recommendation: null }, (d) => d.toUpperCase());
    expect(missing).toEqual(['Choose a level for SCALABILITY', 'Choose an overall recommendation']);
  });
  it('is empty for a complete review', () => {
    expect(missingForSubmit(['estimation'], { scores: [{ dimension: 'estimation' }], recommendation: 'hire' })).toEqual([]);
  });
});
