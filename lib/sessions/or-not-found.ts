import 'server-only';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

/** For pages: a session others may not see renders the 404 page, exactly like one that does not exist. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
