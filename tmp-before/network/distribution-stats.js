/** Median of a distribution: the fixed value, the lognormal p50, or the triangular median (closed form). */
export function medianOf(d) {
    switch (d.dist) {
        case 'fixed':
            return d.value;
        case 'lognormal':
            return d.p50;
        case 'triangular': {
            const { min, mode, max } = d;
            if (max === min)
                return min;
            return mode >= (min + max) / 2
                ? min + Math.sqrt(((max - min) * (mode - min)) / 2)
                : max - Math.sqrt(((max - min) * (max - mode)) / 2);
        }
    }
}
//# sourceMappingURL=distribution-stats.js.map