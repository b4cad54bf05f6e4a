import type { Redis } from 'ioredis';
export interface SharedAnswers {
    get(key: string): Promise<string | undefined>;
    set(key: string, json: string, ttlS: number): Promise<void>;
}
export declare function redisSharedAnswers(redis: Redis, networksDir: string): Promise<SharedAnswers | undefined>;
//# sourceMappingURL=shared-answers.d.ts.map