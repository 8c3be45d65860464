import 'server-only';
import type { Role } from '@/lib/auth/roles';
import { ConflictError } from '@/lib/errors';
import { getDb } from './client';

/** The fields of a user that may leave the server. Never includes the password hash. */
export interface PublicUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: Date;
}

const publicSelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function getUserById(options: { userId: string }): Promise<PublicUser | null> {
  const db = await getDb();
  return db.user.findUnique({ where: { id: options.userId }, select: publicSelect });
}

/** For sign-in only: the one query that reads a password hash. */
export async function getUserCredentialsByEmail(options: { email: string }) {
  const db = await getDb();
  return db.user.findUnique({
    where: { email: normalizeEmail(options.email) },
    select: { ...publicSelect, passwordHash: true },
  });
}

/** Creates an account; throws ConflictError when the email is taken. */
export async function createUser(options: { email: string; name: string; passwordHash: string; role?: Role }): Promise<PublicUser> {
  const db = await getDb();
  try {
    return await db.user.create({
      data: { email: normalizeEmail(options.email), name: options.name, passwordHash: options.passwordHash, role: options.role },
      select: publicSelect,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new ConflictError('An account with this email already exists');
    throw error;
  }
}

export async function findUsers(options: { query?: string; take?: number }): Promise<PublicUser[]> {
  const db = await getDb();
  const query = options.query?.trim();
  return db.user.findMany({
    where: query
      ? { OR: [{ email: { contains: query, mode: 'insensitive' } }, { name: { contains: query, mode: 'insensitive' } }] }
      : undefined,
    orderBy: { createdAt: 'asc' },
    take: options.take ?? 200,
    select: publicSelect,
  });
}

/** Sets a user's role by id or email; returns the updated user, or null when there is no such user. */
export async function updateUserRole(options: { userId?: string; email?: string; role: Role }): Promise<PublicUser | null> {
  const db = await getDb();
  const where = options.userId ? { id: options.userId } : { email: normalizeEmail(options.email ?? '') };
  const existing = await db.user.findUnique({ where, select: { id: true } });
  if (!existing) return null;
  return db.user.update({ where: { id: existing.id }, data: { role: options.role }, select: publicSelect });
}
