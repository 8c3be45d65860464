import { describe, expect, it } from 'vitest';
import type { Diagram } from '@/lib/diagram/schema';
import { commentBadges, commentedEdgeIds, draftFromReview, draftToUpdate, pinTargets, targetLabel } from './draft';

const diagram = {
  nodes: [
    { id: 'c', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'client', label: 'Client' } },
    { id: 's', type: 'component', position: { x: 1, y: 0 }, data: { kind: 'service', label: 'API' } },
  ],
  edges: [{ id: 'e1', source: 'c', target: 's', data: { kind: 'sync', label: 'HTTPS' } }],
} as Diagram;

describe('draft conversions', () => {
  it('round-trips a saved review into a PATCH body, trimming text', () => {
    const draft = draftFromReview({
      scores: [{ dimension: 'estimation', level: 2, comment: ' thin ' }],
      recommendation: 'hire',
      summary: ' ok ',
      comments: [{ id: 'k1', targetType: 'node', targetId: 's', body: ' why one? ' }],
    });
    expect(draft.comments[0]?.key).toBe('k1');
    expect(draftToUpdate(draft)).toEqual({
      scores: [{ dimension: 'estimation', level: 2, comment: 'thin' }],
      recommendation: 'hire',
      summary: 'ok',
      comments: [{ targetType: 'node', targetId: 's', body: 'why one?' }],
    });
  });
});

describe('markers', () => {
  const comments = [
    { targetType: 'node' as const, targetId: 's' },
    { targetType: 'node' as const, targetId: 's' },
    { targetType: 'node' as const, targetId: 'c' },
    { targetType: 'edge' as const, targetId: 'e1' },
    { targetType: 'edge' as const, targetId: 'e1' },
  ];
  it('counts comments per node and lists commented edges once', () => {
    expect(commentBadges(comments)).toEqual({ s: '2 comments', c: '1 comment' });
    expect(commentedEdgeIds(comments)).toEqual(['e1']);
  });
});

describe('pin targets', () => {
  it('labels nodes and edges for people', () => {
    const targets = pinTargets(diagram);
    expect(targets.map((t) => t.label)).toEqual(['Client', 'API', 'Client → API (HTTPS)']);
    expect(targetLabel(targets, { targetType: 'edge', targetId: 'e1' })).toBe('Client → API (HTTPS)');
    expect(targetLabel(targets, { targetType: 'node', targetId: 'gone' })).toBe('node gone');
  });
});
