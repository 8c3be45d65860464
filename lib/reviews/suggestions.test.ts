import { describe, expect, it } from 'vitest';
import type { Diagram } from '@/lib/diagram/schema';
import { analysisEstimateOf, reviewSuggestions } from './suggestions';

describe('analysisEstimateOf', () => {
  it('needs both peak figures', () => {
    expect(analysisEstimateOf({ peakReadsPerSecond: 100 })).toBeUndefined();
    expect(analysisEstimateOf({ peakReadsPerSecond: 100, peakWritesPerSecond: 10, servers: 3 })).toEqual({ peakReadsPerSecond: 100, peakWritesPerSecond: 10 });
  });
});

describe('reviewSuggestions', () => {
  it('has nothing to say about an empty diagram', () => {
    expect(reviewSuggestions({ diagram: { nodes: [], edges: [] }, figures: {} })).toEqual([]);
  });
  it('finds issues in a client talking straight to a database', () => {
    const diagram = {
      nodes: [
        { id: 'c', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'client', label: 'Client' } },
        { id: 'db', type: 'component', position: { x: 1, y: 0 }, data: { kind: 'sql-database', label: 'DB' } },
      ],
      edges: [{ id: 'e', source: 'c', target: 'db', data: { kind: 'sync', label: '' } }],
    } as Diagram;
    const rules = reviewSuggestions({ diagram, figures: {} }).map((f) => f.rule);
    expect(rules).toContain('client-to-database');
  });
});
