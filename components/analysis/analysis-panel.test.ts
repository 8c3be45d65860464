import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { design } from '@/lib/analysis/fixtures';
import { AnalysisPanel } from './analysis-panel';
import { FindingSuggestions } from './finding-suggestions';
import { analyzeDesign } from '@/lib/analysis/analyze-design';

const diagram = design(
  { web: 'client', api: ['service', { label: 'API', instances: 2, capacityPerInstance: 5_000 }], db: 'sql-database' },
  ['web>api', 'api>db'],
);
const estimate = { peakReadsPerSecond: 13_000, peakWritesPerSecond: 1_300 };
const targets = { availability: 0.999, latencyMsP99: 100 };

describe('AnalysisPanel', () => {
  it('renders findings by severity with concept links, figures and their working', () => {
    const html = renderToStaticMarkup(createElement(AnalysisPanel, { diagram, estimate, targets, onHighlight: () => {} }));
    expect(html).toContain('Errors (');
    expect(html).toContain('href="/concepts/replication"');
    expect(html).toContain('Show on canvas');
    expect(html).toContain('143% of capacity');
    expect(html).toContain('Show working');
    expect(html).toContain('Colour by utilization');
  });

  it('explains when analysis opens in timed practice', () => {
    const html = renderToStaticMarkup(createElement(AnalysisPanel, { diagram, isLocked: true }));
    expect(html).toContain('once you submit');
    expect(html).not.toContain('Errors (');
  });
});

describe('FindingSuggestions', () => {
  it('offers each finding with accept and dismiss buttons', () => {
    const { findings } = analyzeDesign({ diagram, estimate, targets });
    const html = renderToStaticMarkup(createElement(FindingSuggestions, { findings, onAccept: () => {}, onDismiss: () => {} }));
    expect(html.match(/Add as comment<\/button>/g)).toHaveLength(findings.length);
    expect(html.match(/Dismiss<\/button>/g)).toHaveLength(findings.length);
    expect(html).toContain('do not affect the score');
  });
});
