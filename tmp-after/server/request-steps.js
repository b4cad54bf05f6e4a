/** Adds one onRequest hook running `steps` in order; undefined steps (features turned off) are left out. */
export function installRequestSteps(app, steps) {
    const run = steps.filter((s) => s !== undefined);
    app.addHook('onRequest', (req, reply, done) => {
        for (const step of run) {
            const r = step(req, reply);
            if (r === undefined)
                continue;
            if (r === 'sent')
                return;
            done(r);
            return;
        }
        done();
    });
}
//# sourceMappingURL=request-steps.js.map