/**
 * Epoch milliseconds → ISO 8601 UTC text, exactly as Date.prototype.toISOString writes it, without
 * building a Date: a plan writes a hundred or so timestamps per route, and `new Date(ms).toISOString()`
 * was a twentieth of a plan call. Civil date from a day count after Howard Hinnant's `civil_from_days`.
 * Leaf module: no domain imports.
 */
export declare function isoFromMs(ms: number): string;
//# sourceMappingURL=iso-time.d.ts.map