/**
 * Where a worker thread's code is, for a pool started by the module at `moduleUrl`. Compiled
 * (dist/*.js, `npm start` and `bin/corridor.js`) the worker is the .js file beside it and the thread
 * starts with the parent's flags; run from source (tests, `tsx`) it is the .ts file, and the thread
 * loads it through tsx, a development dependency.
 * @example workerFile(import.meta.url, 'worker') // → { filename: '…/dist/simulation/worker.js' }
 */
export function workerFile(moduleUrl, name) {
    if (moduleUrl.endsWith('.ts'))
        return { filename: new URL(`./${name}.ts`, moduleUrl).href, execArgv: ['--import', 'tsx'] };
    return { filename: new URL(`./${name}.js`, moduleUrl).href };
}
//# sourceMappingURL=worker-file.js.map