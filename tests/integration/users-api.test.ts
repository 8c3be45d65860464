import { describe, expect, it } from 'vitest';
import { call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { POST } from '@/app/api/users/route';
import { getUserCredentialsByEmail } from '@/lib/db/users';
import { verifyPassword } from '@/lib/auth/password';

useTestDatabase();

describe('POST /api/users', () => {
  it('creates an account and never returns or stores the password', async () => {
    const res = await call(POST, { body: { email: 'Grace@Example.com', password: 'correct horse battery', name: 'Grace' } });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.any(String), email: 'grace@example.com', name: 'Grace' });
    const stored = await getUserCredentialsByEmail({ email: 'grace@example.com' });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.role).toBe('candidate');
    expect(await verifyPassword(stored!.passwordHash!, 'correct horse battery')).toBe(true);
  });

  it('answers 409 for a taken email, whatever its case', async () => {
    await call(POST, { body: { email: 'taken@example.com', password: 'correct horse battery', name: 'A' } });
    const res = await call(POST, { body: { email: 'TAKEN@example.com', password: 'another long password', name: 'B' } });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/already exists/);
  });

  it('answers 400 with a message per field', async () => {
    const res = await call(POST, { body: { email: 'not-an-email', password: 'short', name: 42 } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.fields as object).sort()).toEqual(['email', 'name', 'password']);
    expect((res.json.fields as Record<string, string>).password).toMatch(/at least 10/);
  });

  it('answers 400 for a body that is not JSON, or not an object', async () => {
    expect((await call(POST, { rawBody: '{"email":' })).status).toBe(400);
    expect((await call(POST, { rawBody: '' })).status).toBe(400);
    expect((await call(POST, { body: [1, 2] })).status).toBe(400);
  });

  it('answers 413 for a body over 64 KB', async () => {
    const res = await call(POST, { body: { email: 'x@example.com', password: 'p'.repeat(70_000), name: 'x' } });
    expect(res.status).toBe(413);
  });
});
