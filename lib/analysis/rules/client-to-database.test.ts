import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { clientToDatabase } from './client-to-database';

describe('client-to-database', () => {
  it('flags a client connected straight to a database', () => {
    const diagram = design({ app: 'client', db: 'nosql-database' }, ['app>db:read']);
    const findings = clientToDatabase(ruleContext({ diagram }));
    expect(findings).toMatchObject([{ rule: 'client-to-database', severity: 'error', nodeIds: ['app', 'db'], edgeIds: ['app-db-read'] }]);
  });

  it('passes a service in between and direct object-storage uploads', () => {
    const diagram = design({ app: 'client', api: 'service', db: 'sql-database', s3: 'object-storage' }, ['app>api', 'api>db', 'app>s3:write']);
    expect(clientToDatabase(ruleContext({ diagram }))).toEqual([]);
  });
});
