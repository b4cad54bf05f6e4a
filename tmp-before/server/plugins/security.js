/**
 * What bounds and protects every request: security headers, CORS, and per-client rate limiting.
 * Documents (the web view, /docs) get helmet's full set with a CSP that lets the web view run its own
 * bundle (no external origin); JSON answers get the set the OWASP REST Security Cheat Sheet gives for
 * APIs: the document-only headers add ~600 bytes to every answer and protect nothing a browser does
 * with JSON (docs/decisions.md API8). Security headers and CORS are request steps (request-steps.ts):
 * their headers are fixed per kind of request, so they are built once and set per request
 * (docs/decisions.md API18).
 */
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, {} from 'fastify';
import { ApiError } from "../api-error.js";
/** The helmet options: a CSP that allows only this origin (plus data: images and fonts). */
const HELMET_OPTIONS = {
    contentSecurityPolicy: {
        useDefaults: false,
        directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            // the D3 view and Swagger UI set inline style attributes; scripts stay 'self' only
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
        },
    },
    // the server is plain HTTP on loopback by default; HSTS belongs on the TLS proxy in front
    strictTransportSecurity: false,
};
/**
 * Headers for JSON answers (OWASP REST Security Cheat Sheet, "Security headers"): no framing, no
 * content sniffing, and a CSP that loads nothing should a browser ever render one as a page.
 */
const API_HEADERS = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
};
/** Paths that answer JSON only: the API, health and the OpenAPI document. */
const JSON_PATH = /^\/(?:api\/|(?:health|ready|openapi\.json)(?:\?|$))/;
function isJsonPath(url) {
    return JSON_PATH.test(url);
}
/** Asks @fastify/helmet, once, which headers it sets with HELMET_OPTIONS. */
async function computeHelmetHeaders() {
    const probe = Fastify();
    await probe.register(fastifyHelmet, HELMET_OPTIONS);
    probe.get('/', async () => 'probe');
    const res = await probe.inject({ url: '/' });
    await probe.close();
    const out = {};
    for (const [name, value] of Object.entries(res.headers)) {
        if (SKIP_PROBE_HEADERS.has(name) || value === undefined)
            continue;
        out[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return out;
}
const SKIP_PROBE_HEADERS = new Set([
    'content-type',
    'content-length',
    'date',
    'connection',
    'keep-alive',
]);
/** The headers CORS lets a browser send, and read from an answer. */
const CORS_ALLOWED_HEADERS = [
    'content-type',
    'x-request-id',
    'authorization',
    'x-api-key',
    'idempotency-key',
].join(', ');
const CORS_EXPOSED_HEADERS = [
    'x-request-id',
    'retry-after',
    'x-ratelimit-limit',
    'x-ratelimit-remaining',
    'x-ratelimit-reset',
    'location',
    'idempotent-replayed',
].join(', ');
const CORS_MAX_AGE_S = '600';
function corsGrant(origin, methods) {
    return {
        headers: {
            'access-control-allow-origin': origin,
            'access-control-expose-headers': CORS_EXPOSED_HEADERS,
        },
        preflight: {
            'access-control-allow-methods': methods.join(', '),
            'access-control-allow-headers': CORS_ALLOWED_HEADERS,
            'access-control-max-age': CORS_MAX_AGE_S,
        },
    };
}
/**
 * CORS as @fastify/cors answered it with a per-request options delegator (credentials never
 * allowed): reads (GET, HEAD and their preflights) are open to every origin ("*"); POST and DELETE,
 * which start and cancel work, only to the listed origins, whose own name is echoed; any other
 * request gets no CORS header. `Vary: Origin` on every answer (the grant depends on the origin). A
 * preflight without Origin or Access-Control-Request-Method is a 400; a granted one is answered 204
 * here; a refused one goes on to the OPTIONS route, which answers 404. Registers that route and
 * returns the step.
 */
export function registerCors(app, corsOrigin) {
    // fastify routes OPTIONS only to a route: every granted preflight is answered by the step below
    // before it, so what reaches this one was refused (404, as for any unknown route)
    app.options('*', { schema: { hide: true } }, (_req, reply) => {
        reply.callNotFound();
    });
    const listed = new Map((Array.isArray(corsOrigin) ? corsOrigin : []).map((origin) => [
        origin,
        corsGrant(origin, ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS']),
    ]));
    const reads = corsGrant('*', ['GET', 'HEAD', 'OPTIONS']);
    return (req, reply) => {
        const origin = req.headers.origin;
        const asked = req.headers['access-control-request-method'];
        const preflight = req.method === 'OPTIONS';
        const method = String(preflight && asked ? asked : req.method).toUpperCase();
        const grant = (typeof origin === 'string' ? listed.get(origin) : undefined) ??
            (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? reads : undefined);
        void reply.header('vary', 'Origin');
        if (grant === undefined)
            return undefined;
        void reply.headers(grant.headers);
        if (!preflight)
            return undefined;
        if (!origin || !asked) {
            void reply.status(400).type('text/plain').send('Invalid Preflight Request');
            return 'sent';
        }
        void reply.headers(grant.preflight).code(204).header('content-length', '0').send();
        return 'sent';
    };
}
/**
 * Registers the rate limit and the OPTIONS route preflights reach; returns the request steps that
 * set the security headers and apply CORS, in that order.
 */
export async function registerSecurity(app, opts) {
    const documentHeaders = await computeHelmetHeaders();
    // @fastify/helmet rebuilds its middleware on every request; the headers never vary, so they are
    // computed once by helmet itself (above) and set here by a plain step
    const securityHeaders = (req, reply) => {
        void reply.headers(isJsonPath(req.url) ? API_HEADERS : documentHeaders);
        return undefined;
    };
    // before the rate limit, so that preflights are not counted
    const cors = registerCors(app, opts.corsOrigin);
    if (opts.rateLimit) {
        const { max, timeWindow, allowList } = opts.rateLimit;
        await app.register(fastifyRateLimit, {
            // per API key when keys are on (each key its own bucket and limit), else per client address
            keyGenerator: (req) => (req.apiClient ? `key:${req.apiClient.name}` : req.ip),
            max: (req) => req.apiClient?.rateLimit ?? max,
            timeWindow,
            allowList: allowList ?? [],
            // with Redis gone the limit cannot count: requests pass (the simulation routes answer 503)
            // rather than wait for it
            ...(opts.redis
                ? { redis: opts.redis, nameSpace: 'corridor:rate-limit:', skipOnError: true }
                : {}),
            errorResponseBuilder: (_req, context) => new ApiError('RATE_LIMITED', `rate limit of ${context.max} requests per ${timeWindow} exceeded; retry in ${context.after}`, [], {
                'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
            }),
        });
    }
    return [securityHeaders, cors];
}
//# sourceMappingURL=security.js.map