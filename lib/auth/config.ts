import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers';
import { authorizeCredentials, clientIp } from './credentials';

/** Sessions last a week; an expired token reads as signed out. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, request) => authorizeCredentials(credentials, clientIp(request)),
    }),
  ];
  // Offered only when configured (they need the provider's servers at sign-in time).
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) list.push(GitHub);
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) list.push(Google);
  return list;
}

/** Which OAuth providers the sign-in page should show. */
export function oauthProviders(): { id: 'github' | 'google'; name: string }[] {
  const list: { id: 'github' | 'google'; name: string }[] = [];
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) list.push({ id: 'github', name: 'GitHub' });
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) list.push({ id: 'google', name: 'Google' });
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  providers: providers(),
  // Credentials sign-in requires JWT sessions. The role is not kept in the token: getCurrentUser reads it
  // from the database on every request, so a role change applies at once.
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: '/signin', error: '/signin' },
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password or a throttled attempt is not a server error; do not log a stack for it.
      if (error.name === 'CredentialsSignin' || error.name === 'TooManySignInAttempts') return;
      console.error('[auth]', error.name, error.message);
    },
    warn() {},
  },
}));
