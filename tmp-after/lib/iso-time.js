/**
 * Epoch milliseconds → ISO 8601 UTC text, exactly as Date.prototype.toISOString writes it, without
 * building a Date: a plan writes a hundred or so timestamps per route, and `new Date(ms).toISOString()`
 * was a twentieth of a plan call. Civil date from a day count after Howard Hinnant's `civil_from_days`.
 * Leaf module: no domain imports.
 */
/** First millisecond of the year 10000: beyond it toISOString writes six-digit years. */
const YEAR_10000_MS = 253_402_300_800_000;
const DAY_MS = 86_400_000;
const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
export function isoFromMs(ms) {
    // before 1970, after 9999 or not a finite integer: Date's own text (or its RangeError)
    if (!(ms >= 0 && ms < YEAR_10000_MS) || !Number.isInteger(ms))
        return new Date(ms).toISOString();
    const days = Math.floor(ms / DAY_MS);
    let rest = ms - days * DAY_MS;
    const z = days + 719_468; // days since 0000-03-01
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const hh = Math.floor(rest / 3_600_000);
    rest -= hh * 3_600_000;
    const mi = Math.floor(rest / 60_000);
    rest -= mi * 60_000;
    const ss = Math.floor(rest / 1000);
    const milli = rest - ss * 1000;
    return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hh)}:${pad2(mi)}:${pad2(ss)}.${pad3(milli)}Z`;
}
//# sourceMappingURL=iso-time.js.map