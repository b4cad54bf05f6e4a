/** Where a CLI command writes and how it reports its exit code; tests pass their own to capture output. */
export interface CliIo {
    out(text: string): void;
    err(text: string): void;
    /** the highest code set wins: 0 ok, 1 failure (bad data, no route), 2 usage error */
    fail(code: number): void;
}
export declare function createProcessIo(): CliIo & {
    exitCode(): number;
};
/** An io that keeps everything in memory, for tests. */
export declare function createMemoryIo(): CliIo & {
    stdout: string;
    stderr: string;
    exitCode(): number;
};
//# sourceMappingURL=io.d.ts.map