/**
 * Ecosystem plugins that bound and protect every request: security headers with a CSP that lets
 * the web view run its own bundle (no external origin), CORS, and per-client rate limiting.
 */
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.ts';

export interface RateLimitOptions {
  max: number;
  timeWindow: string;
  /** client addresses never limited (e.g. loopback for benchmarks) */
  allowList?: string[];
}

export interface SecurityOptions {
  rateLimit: RateLimitOptions | false;
  /** origins allowed by CORS; "*" allows any origin (no credentials are ever allowed) */
  corsOrigin: string | string[];
}

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  await app.register(fastifyHelmet, {
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
  });
  await app.register(fastifyCors, {
    origin: opts.corsOrigin === '*' ? '*' : opts.corsOrigin,
    methods: ['GET', 'POST', 'HEAD', 'OPTIONS'],
    allowedHeaders: ['content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
    credentials: false,
    maxAge: 600,
  });
  if (opts.rateLimit) {
    const { max, timeWindow, allowList } = opts.rateLimit;
    await app.register(fastifyRateLimit, {
      max,
      timeWindow,
      allowList: allowList ?? [],
      errorResponseBuilder: (_req, context) =>
        new ApiError('RATE_LIMITED', `rate limit of ${context.max} requests per ${timeWindow} exceeded; retry in ${context.after}`, [], {
          'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
        }),
    });
  }
}
