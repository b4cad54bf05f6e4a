export function createProcessIo() {
    let code = 0;
    return {
        out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
        err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
        fail: (c) => void (code = Math.max(code, c)),
        exitCode: () => code,
    };
}
/** An io that keeps everything in memory, for tests. */
export function createMemoryIo() {
    let code = 0;
    const io = {
        stdout: '',
        stderr: '',
        out(text) {
            io.stdout += text.endsWith('\n') ? text : `${text}\n`;
        },
        err(text) {
            io.stderr += text.endsWith('\n') ? text : `${text}\n`;
        },
        fail(c) {
            code = Math.max(code, c);
        },
        exitCode: () => code,
    };
    return io;
}
//# sourceMappingURL=io.js.map