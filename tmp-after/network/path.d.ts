/** Field paths in issues: ['services', 14, 'legs', 0, 'to'] is printed "services[14].legs[0].to". */
export type PathSegment = string | number;
export declare function formatPath(path: readonly PropertyKey[]): string;
//# sourceMappingURL=path.d.ts.map