/**
 * Ecosystem plugins that bound and protect every request: security headers, CORS, and per-client
 * rate limiting. Documents (the web view, /docs) get helmet's full set with a CSP that lets the web
 * view run its own bundle (no external origin); JSON answers get the set the OWASP REST Security
 * Cheat Sheet gives for APIs: the document-only headers add ~600 bytes to every answer and protect
 * nothing a browser does with JSON (docs/decisions.md API8).
 */
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { ApiError } from '../api-error.ts';

export interface RateLimitOptions {
  max: number;
  timeWindow: string;
  /** client addresses never limited (e.g. loopback for benchmarks) */
  allowList?: string[];
}

export interface SecurityOptions {
  rateLimit: RateLimitOptions | false;
  /**
   * origins allowed to send state-changing requests (POST, DELETE) from a browser; with "*" any
   * origin may read (GET, HEAD) and none may change state (no credentials are ever allowed)
   */
  corsOrigin: string | string[];
  /** counts requests in Redis, so every API replica on it enforces one limit */
  redis?: Redis;
}

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
} as const;

/**
 * Headers for JSON answers (OWASP REST Security Cheat Sheet, "Security headers"): no framing, no
 * content sniffing, and a CSP that loads nothing should a browser ever render one as a page.
 */
const API_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** Paths that answer JSON only: the API, health and the OpenAPI document. */
const JSON_PATH = /^\/(?:api\/|(?:health|ready|openapi\.json)(?:\?|$))/;
function isJsonPath(url: string): boolean {
  return JSON_PATH.test(url);
}

/** Asks @fastify/helmet, once, which headers it sets with HELMET_OPTIONS. */
async function computeHelmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(fastifyHelmet, HELMET_OPTIONS);
  probe.get('/', async () => 'probe');
  const res = await probe.inject({ url: '/' });
  await probe.close();
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (SKIP_PROBE_HEADERS.has(name) || value === undefined) continue;
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

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  const documentHeaders = await computeHelmetHeaders();
  // @fastify/helmet rebuilds its middleware on every request; the headers never vary, so they are
  // computed once by helmet itself (above) and set here by a plain hook
  app.addHook('onRequest', (req, reply, done) => {
    void reply.headers(isJsonPath(req.url) ? API_HEADERS : documentHeaders);
    done();
  });
  const listed = new Set(Array.isArray(opts.corsOrigin) ? opts.corsOrigin : []);
  const base = {
    allowedHeaders: [
      'content-type',
      'x-request-id',
      'authorization',
      'x-api-key',
      'idempotency-key',
    ],
    exposedHeaders: [
      'x-request-id',
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'location',
      'idempotent-replayed',
    ],
    credentials: false,
    maxAge: 600,
  };
  // reads are open to every origin; POST and DELETE (which start and cancel work) only to listed ones.
  // The few option sets are built once: the delegator runs on every request.
  const forListed = new Map(
    [...listed].map((origin) => [
      origin,
      { ...base, origin, methods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] },
    ]),
  );
  const forReads = { ...base, origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'] };
  const closed = { ...base, origin: false };
  await app.register(fastifyCors, {
    delegator: (req, cb) => {
      const origin = req.headers.origin;
      const asked = req.headers['access-control-request-method'];
      const method = String(req.method === 'OPTIONS' && asked ? asked : req.method).toUpperCase();
      const own = typeof origin === 'string' ? forListed.get(origin) : undefined;
      if (own) cb(null, own);
      else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') cb(null, forReads);
      else cb(null, closed);
    },
  });
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
      errorResponseBuilder: (_req, context) =>
        new ApiError(
          'RATE_LIMITED',
          `rate limit of ${context.max} requests per ${timeWindow} exceeded; retry in ${context.after}`,
          [],
          {
            'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
          },
        ),
    });
  }
}
