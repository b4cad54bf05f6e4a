/**
 * The web view: dist/web (built by `npm run build:web`) served at /. While the bundle is missing,
 * / answers a page saying how to build it, instead of a bare 404; once it is built, a reload serves
 * it without restarting the server (the page asks for a reload, so a reload must be enough).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
const MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>corridor-planner: web view not built</title></head>
<body>
<h1>The web view is not built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it first) and reload this page.</p>
<p>The HTTP API is running: see <a href="/docs">/docs</a> and <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
`;
/** Serves the web bundle from `webRoot`, or the page saying how to build it while it is missing. */
export async function registerWeb(app, webRoot) {
    const sendMissing = (reply) => reply.type('text/html; charset=utf-8').send(MISSING_PAGE);
    if (!webRoot) {
        app.get('/', { schema: { hide: true } }, async (_req, reply) => sendMissing(reply));
        return;
    }
    const index = join(webRoot, 'index.html');
    await app.register(fastifyStatic, {
        root: webRoot,
        prefix: '/',
        wildcard: true,
        // "/" is the route below, which looks for the bundle until it is there
        index: false,
        // a root that does not exist yet is the "not built" case, answered below, not a warning
        suppressWarning: true,
        // compressed by @fastify/compress (plugins/caching.ts); @fastify/static's preCompressed
        // option is left off: with it, "/" answers 404 to clients that accept br or gzip
    });
    // once built, the bundle stays: the file system is asked only until it is there
    let built = existsSync(index);
    app.get('/', { schema: { hide: true } }, async (_req, reply) => {
        built ||= existsSync(index);
        return built ? reply.sendFile('index.html') : sendMissing(reply);
    });
}
//# sourceMappingURL=web.js.map