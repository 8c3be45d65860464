// POST /api/users – creates an account: 201 {id, email, name}; 409 when the email is taken.
import { apiRoute, created } from '@/lib/http/api-route';
import { registerUser } from '@/lib/users/register';
import { signUpSchema } from '@/lib/users/schema';

export const POST = apiRoute({ auth: 'public', body: signUpSchema }, async ({ body }) => created(await registerUser(body)));
