export interface WorkerOptions {
    redis: string;
    concurrency: number;
    networksDir: string;
    env?: Readonly<Record<string, string | undefined>>;
    log?: (line: string) => void;
}
export interface RunningWorker {
    close(): Promise<void>;
    /** jobs finished by this worker */
    readonly completed: number;
}
export declare function startWorker(opts: WorkerOptions): Promise<RunningWorker>;
//# sourceMappingURL=redis-worker.d.ts.map