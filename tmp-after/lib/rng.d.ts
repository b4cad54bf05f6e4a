/**
 * Seeded random numbers: sfc32 (a small, fast 128-bit-state generator that passes PractRand to large
 * sizes) seeded through splitmix32, with the samplers the simulator needs. `deriveSeed` hashes a seed
 * and keys into an independent stream, so an entity (a train departure, a demand flow) draws the same
 * numbers whatever happens elsewhere: that gives common random numbers across scenarios.
 */
export interface Rng {
    /** uniform in [0, 1) */
    next(): number;
    /** uniform integer in [0, n) */
    int(n: number): number;
    /** standard normal N(0, 1) */
    normal(): number;
    /** lognormal with the given parameters of the underlying normal */
    lognormal(mu: number, sigma: number): number;
    /** triangular on [min, max] with the given mode */
    triangular(min: number, mode: number, max: number): number;
    /** exponential with the given rate (mean 1/rate) */
    exponential(rate: number): number;
    /** Poisson count with the given mean (inversion for small means, normal approximation above 60) */
    poisson(mean: number): number;
}
/**
 * A generator from a 32-bit seed; the same seed always gives the same sequence.
 * @example const rng = createRng(42); rng.triangular(2, 4, 10);
 */
export declare function createRng(seed: number): Rng;
/** FNV-1a over the seed and the keys, finished with a murmur3 mix: a well-spread 32-bit seed. */
export declare function deriveSeed(seed: number, ...keys: readonly (string | number)[]): number;
/**
 * A uniform number in [0, 1) from a seed and up to three integer keys, with no state: the draw for
 * (departure 12 of service 3) is the same in every scenario run with that seed. Hot path: no allocation.
 */
export declare function hashUniform(seed: number, a: number, b?: number, c?: number): number;
//# sourceMappingURL=rng.d.ts.map