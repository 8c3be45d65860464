import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noQueueForSlowWork } from './no-queue-for-slow-work';

describe('no-queue-for-slow-work', () => {
  it('flags notification work called synchronously from the request path', () => {
    const diagram = design({ web: 'client', api: 'service', n: ['service', { label: 'Notification service' }] }, ['web>api', 'api>n']);
    const findings = noQueueForSlowWork(ruleContext({ diagram }));
    expect(findings).toMatchObject([{ nodeIds: ['n'], edgeIds: ['api-n-sync'], severity: 'warning' }]);
  });

  it('passes slow work behind a queue', () => {
    const diagram = design(
      { web: 'client', api: 'service', q: 'queue', n: ['worker', { label: 'Transcoder', technology: 'ffmpeg' }] },
      ['web>api', 'api>q:async', 'q>n:async'],
    );
    expect(noQueueForSlowWork(ruleContext({ diagram }))).toEqual([]);
  });
});
