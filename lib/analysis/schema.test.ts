import { describe, expect, it } from 'vitest';
import { analyzeRequestSchema } from './schema';

const node = { id: 'a', type: 'component', position: { x: 0, y: 0 }, data: { label: 'API', kind: 'service' } };

describe('analyzeRequestSchema', () => {
  it('accepts a diagram with an optional estimate and problem slug, defaulting edge kinds', () => {
    const parsed = analyzeRequestSchema.parse({
      nodes: [node, { ...node, id: 'b' }],
      edges: [{ id: 'e', source: 'a', target: 'b' }],
      estimate: { peakReadsPerSecond: 10, peakWritesPerSecond: 1 },
      problemSlug: 'url-shortener',
    });
    expect(parsed.edges[0]?.data.kind).toBe('sync');
    expect(parsed.problemSlug).toBe('url-shortener');
  });

  it('rejects dangling edges and negative rates as the diagram API does', () => {
    const dangling = analyzeRequestSchema.safeParse({ nodes: [node], edges: [{ id: 'e', source: 'a', target: 'zz' }] });
    expect(dangling.success).toBe(false);
    const negative = analyzeRequestSchema.safeParse({ nodes: [], edges: [], estimate: { peakReadsPerSecond: -1, peakWritesPerSecond: 0 } });
    expect(negative.success).toBe(false);
  });
});
