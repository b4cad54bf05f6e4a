type Segment = string | {
    id: string;
} | {
    index: number;
};
export declare function parsePath(path: string): Segment[] | undefined;
/**
 * Sets `value` at `path` in a (deeply copied) scenario object; answers the new object or a message
 * naming the first segment that does not exist (with a did-you-mean) or the type that does not match.
 */
export declare function setAtPath<T extends object>(target: T, path: string, value: unknown): {
    value: T;
} | {
    error: string;
};
export {};
//# sourceMappingURL=scenario-path.d.ts.map