import { describe, expect, it } from 'vitest';
import { initialRoleFor } from './bootstrap';

describe('initialRoleFor', () => {
  it('makes listed emails admins, case-insensitively', () => {
    expect(initialRoleFor('Root@Example.com', 'ops@example.com, root@example.com')).toBe('admin');
  });
  it('makes everyone else a candidate', () => {
    expect(initialRoleFor('someone@example.com', 'root@example.com')).toBe('candidate');
    expect(initialRoleFor('someone@example.com', '')).toBe('candidate');
  });
});
