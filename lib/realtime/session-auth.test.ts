import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { userIdFromRequest } from './session-auth';

const SECRET = 'session-auth-test-secret-0123456789abcdef';
const request = (cookie?: string) => ({ headers: cookie ? { cookie } : {} });
const token = (name: string, claims: Record<string, unknown>, secret = SECRET) => encode({ token: claims, secret, salt: name });

describe('room session auth', () => {
  it('reads the user id from the Auth.js session cookie (plain or __Secure-)', async () => {
    expect(await userIdFromRequest(request(`other=1; authjs.session-token=${await token('authjs.session-token', { sub: 'u1' })}`), SECRET)).toBe('u1');
    const secure = await token('__Secure-authjs.session-token', { sub: 'u2' });
    expect(await userIdFromRequest(request(`__Secure-authjs.session-token=${secure}`), SECRET)).toBe('u2');
  });

  it('joins a token Auth.js split into chunks', async () => {
    const whole = await token('authjs.session-token', { sub: 'u3' });
    const half = Math.ceil(whole.length / 2);
    const cookie = `authjs.session-token.0=${whole.slice(0, half)}; authjs.session-token.1=${whole.slice(half)}`;
    expect(await userIdFromRequest(request(cookie), SECRET)).toBe('u3');
  });

  it('treats a missing, forged, foreign or expired token as signed out', async () => {
    expect(await userIdFromRequest(request(), SECRET)).toBeNull();
    expect(await userIdFromRequest(request('authjs.session-token=forged'), SECRET)).toBeNull();
    expect(await userIdFromRequest(request(`authjs.session-token=${await token('authjs.session-token', { sub: 'u' }, 'another-secret-0123456789abcdef0123')}`), SECRET)).toBeNull();
    // Encrypted with the wrong salt (cookie name), as a token lifted from another cookie would be.
    expect(await userIdFromRequest(request(`authjs.session-token=${await token('other', { sub: 'u' })}`), SECRET)).toBeNull();
    const expired = await encode({ token: { sub: 'u' }, secret: SECRET, salt: 'authjs.session-token', maxAge: -10 });
    expect(await userIdFromRequest(request(`authjs.session-token=${expired}`), SECRET)).toBeNull();
  });
});
