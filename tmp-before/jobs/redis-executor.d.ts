import type { UnitExecutor } from '../experiment/index.ts';
export declare function redisExecutor(url: string, runKey: string): Promise<UnitExecutor>;
//# sourceMappingURL=redis-executor.d.ts.map