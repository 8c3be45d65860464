// /api/auth/* – next-auth's standard endpoints (csrf, callback/credentials, session, signout).
import { handlers } from '@/lib/auth/config';

export const { GET, POST } = handlers;
