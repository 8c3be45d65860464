import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { createUser } from '@/lib/db/users';
import { initialRoleFor } from './bootstrap';
import type { SignUpInput } from './schema';

/** Creates an account with a hashed password; the password itself is never stored or returned. */
export async function registerUser(input: SignUpInput) {
  const user = await createUser({
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    role: initialRoleFor(input.email),
  });
  return { id: user.id, email: user.email, name: user.name };
}
