import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noMonitoring } from './no-monitoring';

describe('no-monitoring', () => {
  it('flags a design with nothing watching it', () => {
    const diagram = design({ api: 'service', n: ['note', { label: 'Users are global' }] });
    expect(noMonitoring(ruleContext({ diagram }))).toMatchObject([{ rule: 'no-monitoring', nodeIds: [] }]);
  });

  it('passes a monitoring component or a note on observability', () => {
    const component = design({ api: 'service', mon: 'monitoring' });
    const note = design({ api: 'service', n: ['note', { label: 'Ops', notes: 'Metrics and tracing via OpenTelemetry' }] });
    expect(noMonitoring(ruleContext({ diagram: component }))).toEqual([]);
    expect(noMonitoring(ruleContext({ diagram: note }))).toEqual([]);
    expect(noMonitoring(ruleContext({ diagram: design({}) }))).toEqual([]);
  });
});
