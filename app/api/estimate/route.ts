// POST /api/estimate – runs the structured back-of-the-envelope model; public, pure, no persistence.
import { apiRoute } from '@/lib/http/api-route';
import { computeEstimate } from '@/lib/estimator/model';
import { estimateInputSchema } from '@/lib/estimator/schema';

export const POST = apiRoute({ auth: 'public', body: estimateInputSchema }, async ({ body }) => computeEstimate(body));
