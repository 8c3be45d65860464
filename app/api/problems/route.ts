// GET /api/problems – the problem library: slug, title, difficulty, topics and suggested time of each.
import { apiRoute } from '@/lib/http/api-route';
import { toProblemListItem } from '@/lib/problems/dto';
import { listProblems } from '@/lib/problems/library';

export const GET = apiRoute({ auth: 'public' }, () => ({ problems: listProblems().map(toProblemListItem) }));
