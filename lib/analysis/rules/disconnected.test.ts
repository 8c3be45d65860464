import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { disconnected } from './disconnected';

describe('disconnected', () => {
  it('flags a component with no edges', () => {
    const diagram = design({ api: 'service', db: 'sql-database', idx: 'search-index' }, ['api>db']);
    expect(disconnected(ruleContext({ diagram })).map((f) => f.nodeIds)).toEqual([['idx']]);
  });

  it('passes connected components, monitoring, notes and groups', () => {
    const diagram = design({ api: 'service', db: 'sql-database', mon: 'monitoring', n: 'note', r: 'region' }, ['api>db']);
    expect(disconnected(ruleContext({ diagram }))).toEqual([]);
  });
});
