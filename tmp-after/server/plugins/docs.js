/**
 * The OpenAPI 3.1 document, generated from the zod route schemas (src/contract) and served at
 * /openapi.json, and Swagger UI at /docs.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { clientReadyDocument } from "../openapi-document.js";
import { sendAnswer } from "../send-answer.js";
import { staticAnswers } from "../static-answers.js";
const API_VERSION = '1.0.0';
export async function registerDocs(app) {
    await app.register(fastifySwagger, {
        openapi: {
            openapi: '3.1.0',
            info: {
                title: 'corridor-planner HTTP API',
                version: API_VERSION,
                description: 'Routes, corridor comparisons and network data for multimodal freight out of Inner Mongolia. ' +
                    'Errors are RFC 9457 application/problem+json with a stable `code`. "No route" is a 200 answer with status "no_route".',
                license: { name: 'MIT', identifier: 'MIT' },
            },
            tags: [
                { name: 'routes', description: 'plan routes and compare corridors' },
                { name: 'networks', description: 'the loaded networks and what they hold' },
                { name: 'places', description: 'find terminals by name' },
                { name: 'health', description: 'liveness and readiness' },
            ],
        },
        transform: createJsonSchemaTransform({
            skipList: [
                '/openapi.json',
                '/docs',
                '/docs/*',
                '/docs/json',
                '/docs/yaml',
                '/docs/static/*',
                '/docs/uiConfig',
                '/docs/initOAuth',
            ],
        }),
        transformObject: jsonSchemaTransformObject,
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
    // built once, on first request (every route is registered by then), and sent as the same bytes,
    // each compressed form made once (static-answers.ts)
    const answers = staticAnswers(1);
    app.get('/openapi.json', { schema: { hide: true } }, async (req, reply) => sendAnswer(req, reply, answers.get('openapi', () => JSON.stringify(clientReadyDocument(app.swagger()))), answers.cache));
}
//# sourceMappingURL=docs.js.map