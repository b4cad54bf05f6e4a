/**
 * Seeded random numbers: sfc32 (a small, fast 128-bit-state generator that passes PractRand to large
 * sizes) seeded through splitmix32, with the samplers the simulator needs. `deriveSeed` hashes a seed
 * and keys into an independent stream, so an entity (a train departure, a demand flow) draws the same
 * numbers whatever happens elsewhere: that gives common random numbers across scenarios.
 */
function splitmix32(state) {
    let s = state >>> 0;
    return () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
}
/**
 * A generator from a 32-bit seed; the same seed always gives the same sequence.
 * @example const rng = createRng(42); rng.triangular(2, 4, 10);
 */
export function createRng(seed) {
    const init = splitmix32(seed);
    let a = init();
    let b = init();
    let c = init();
    let d = init();
    const next = () => {
        // sfc32 (Chris Doty-Humphrey): 32-bit output from 128 bits of state
        const t = (((a + b) >>> 0) + d) >>> 0;
        d = (d + 1) >>> 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) >>> 0;
        c = ((c << 21) | (c >>> 11)) >>> 0;
        c = (c + t) >>> 0;
        return t / 4294967296;
    };
    for (let i = 0; i < 12; i++)
        next(); // mix the state before first use
    let spare;
    const normal = () => {
        if (spare !== undefined) {
            const v = spare;
            spare = undefined;
            return v;
        }
        // Box–Muller; 1 - u keeps the logarithm finite
        const u = 1 - next();
        const v = next();
        const r = Math.sqrt(-2 * Math.log(u));
        spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    };
    return {
        next,
        int: (n) => Math.floor(next() * n),
        normal,
        lognormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
        triangular(min, mode, max) {
            if (max <= min)
                return min;
            const u = next();
            const f = (mode - min) / (max - min);
            return u < f
                ? min + Math.sqrt(u * (max - min) * (mode - min))
                : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        },
        exponential: (rate) => -Math.log(1 - next()) / rate,
        poisson(mean) {
            if (mean <= 0)
                return 0;
            if (mean > 60)
                return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
            const limit = Math.exp(-mean);
            let k = 0;
            let p = next();
            while (p > limit) {
                k++;
                p *= next();
            }
            return k;
        },
    };
}
/** FNV-1a over the seed and the keys, finished with a murmur3 mix: a well-spread 32-bit seed. */
export function deriveSeed(seed, ...keys) {
    let h = 0x811c9dc5 ^ (seed >>> 0);
    h = Math.imul(h, 0x01000193) >>> 0;
    for (const key of keys) {
        const s = typeof key === 'number' ? `#${key}` : key;
        for (let i = 0; i < s.length; i++) {
            h ^= s.charCodeAt(i);
            h = Math.imul(h, 0x01000193) >>> 0;
        }
        h ^= 0xff; // separator, so ("ab","c") and ("a","bc") differ
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * A uniform number in [0, 1) from a seed and up to three integer keys, with no state: the draw for
 * (departure 12 of service 3) is the same in every scenario run with that seed. Hot path: no allocation.
 */
export function hashUniform(seed, a, b = 0, c = 0) {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    h = Math.imul(h ^ (a >>> 0), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13) ^ (b >>> 0), 0xc2b2ae35) >>> 0;
    h = Math.imul(h ^ (h >>> 16) ^ (c >>> 0), 0x27d4eb2f) >>> 0;
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h ^= h >>> 12;
    h = Math.imul(h, 0x297a2d39) >>> 0;
    h ^= h >>> 15;
    return (h >>> 0) / 4294967296;
}
//# sourceMappingURL=rng.js.map