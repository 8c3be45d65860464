import { z } from 'zod';
import { requireUser, getCurrentUser, type CurrentUser } from '@/lib/auth/session';
import { ValidationError } from '@/lib/errors';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './read-json-body';
import { describeInvalid, zodFields } from './zod-fields';
import { errorResponse } from './error-response';

type Schema = z.ZodType | undefined;
type Out<S extends Schema, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

interface RouteOptions<A extends 'public' | 'user', B extends Schema, P extends Schema, Q extends Schema> {
  /** `user` (default) answers 401 without a valid session. */
  auth?: A;
  body?: B;
  params?: P;
  query?: Q;
  maxBodyBytes?: number;
}

interface RouteContext<A, B extends Schema, P extends Schema, Q extends Schema> {
  req: Request;
  user: A extends 'public' ? CurrentUser | null : CurrentUser;
  body: Out<B, undefined>;
  params: Out<P, Record<string, string | string[] | undefined>>;
  query: Out<Q, URLSearchParams>;
}

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = zodFields(result.error);
  throw new ValidationError(what === 'body' ? describeInvalid(fields) : `Invalid ${what}`, fields);
}

/**
 * The one wrapper every JSON route handler goes through, so authentication, input validation and error
 * mapping cannot be skipped: parse params → authenticate → read and validate the body → run → JSON.
 * A returned plain value is sent as JSON 200, `undefined` as 204, a Response as is.
 */
export function apiRoute<
  A extends 'public' | 'user' = 'user',
  B extends Schema = undefined,
  P extends Schema = undefined,
  Q extends Schema = undefined,
>(options: RouteOptions<A, B, P, Q>, handler: (ctx: RouteContext<A, B, P, Q>) => Promise<unknown> | unknown) {
  return async (req: Request, next?: NextRouteContext): Promise<Response> => {
    try {
      const rawParams = (await next?.params) ?? {};
      const params = options.params ? parseWith(options.params, rawParams, 'URL') : rawParams;
      const user = options.auth === 'public' ? await getCurrentUser() : await requireUser();
      const searchParams = new URL(req.url).searchParams;
      const query = options.query ? parseWith(options.query, Object.fromEntries(searchParams), 'query') : searchParams;
      const body = options.body
        ? parseWith(options.body, await readJsonBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), 'body')
        : undefined;
      const result = await handler({ req, user, body, params, query } as RouteContext<A, B, P, Q>);
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** `Response.json(data, { status: 201 })`, named for readability in handlers. */
export function created(data: unknown): Response {
  return Response.json(data, { status: 201 });
}
