import { describe, expect, it } from 'vitest';
import { authorizeCredentials, SIGN_IN_LIMITS, TooManySignInAttempts } from '@/lib/auth/credentials';
import { registerUser } from '@/lib/users/register';
import { useTestDatabase } from './support/test-database';

useTestDatabase();

describe('credentials sign-in', () => {
  it('accepts the right password and refuses a wrong one or an unknown email', async () => {
    await registerUser({ email: 'ok@example.com', password: 'the right password', name: 'Ok' });
    expect(await authorizeCredentials({ email: 'OK@example.com', password: 'the right password' }, '10.0.0.1')).toMatchObject({ email: 'ok@example.com' });
    expect(await authorizeCredentials({ email: 'ok@example.com', password: 'wrong password!' }, '10.0.0.1')).toBeNull();
    expect(await authorizeCredentials({ email: 'nobody@example.com', password: 'whatever it is' }, '10.0.0.1')).toBeNull();
  });

  it('throttles attempts per email, even with the right password, and says so', async () => {
    await registerUser({ email: 'target@example.com', password: 'the right password', name: 'T' });
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit; i++) {
      expect(await authorizeCredentials({ email: 'target@example.com', password: `guess ${i}` }, `10.1.0.${i}`)).toBeNull();
    }
    await expect(authorizeCredentials({ email: 'target@example.com', password: 'the right password' }, '10.2.0.1')).rejects.toBeInstanceOf(TooManySignInAttempts);
  });

  it('throttles attempts per IP across emails', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.limit; i++) {
      await authorizeCredentials({ email: `spray${i}@example.com`, password: 'some password' }, '10.9.9.9');
    }
    await expect(authorizeCredentials({ email: 'fresh@example.com', password: 'some password' }, '10.9.9.9')).rejects.toThrow(TooManySignInAttempts);
  });
});
