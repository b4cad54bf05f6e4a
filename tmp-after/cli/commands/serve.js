export function registerServe(program, io) {
    program
        .command('serve')
        .description('serve the HTTP API (/api/v1, /docs) and the web view; default http://127.0.0.1:8080')
        .option('--networks <dir>', 'folder of networks, one per subfolder (default: the repository networks/; env NETWORK_DIR)')
        .option('--network-dir <dir>', 'alias of --networks')
        .option('--port <n>', 'TCP port, 0 for any free one (default 8080; env PORT)')
        .option('--host <addr>', 'address to bind (default 127.0.0.1; env HOST)')
        .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent (default info; env LOG_LEVEL)')
        .option('--rate-limit <n>', 'requests per client per window, or "off" (default 1200 per minute; env RATE_LIMIT_MAX)')
        .option('--time-budget-ms <n>', 'search time budget per request (default 5000; env TIME_BUDGET_MS)')
        .option('--check-answers', 'check every route answer against the published schema before sending it (a mismatch is a 500; env CHECK_ANSWERS=1)')
        .option('--workers <n>', 'worker threads for searches, 0 to search in-process (default: one per core; env PLAN_WORKERS)')
        .action(async (opts) => {
        const { ConfigError, resolveServeConfig, startServer } = await import("../../server/index.js");
        let config;
        try {
            config = resolveServeConfig({ ...opts, networks: opts.networks ?? opts.networkDir }, process.env);
        }
        catch (error) {
            if (!(error instanceof ConfigError))
                throw error;
            io.err(`corridor serve: ${error.message}`);
            io.fail(2);
            return;
        }
        const server = await startServer(config);
        io.out(`corridor: serving on ${server.url} (API ${server.url}/api/v1, docs ${server.url}/docs; networks from ${config.networksDir})`);
    });
}
//# sourceMappingURL=serve.js.map