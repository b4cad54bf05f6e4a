/**
 * Gives trucks that declare a `driving` crew their leg running times from the driving rules and
 * road speeds of network.yaml (driving-time.ts). Runs on the draft before the service checks, so the
 * derived times are checked like filed ones, and again on each generated return service (a trip
 * driven the other way places its rests elsewhere).
 */
import { DERIVED_DURATION_TEXT, } from "../model/index.js";
import { drivingTimeline } from "./driving-time.js";
function limitsOf(r) {
    return {
        continuousH: r.continuous_h.value,
        breakH: r.break_h.value,
        dailyH: r.daily_h.value,
        extendedDailyH: r.extended_daily_h?.value ?? r.daily_h.value,
        extendedDaysPerWeek: r.extended_days_per_week?.value ?? 0,
        dailyRestH: r.daily_rest_h.value,
        weeklyH: r.weekly_h.value,
        weeklyRestH: r.weekly_rest_h.value,
        reducedWeeklyRestH: r.reduced_weekly_rest_h?.value ?? r.weekly_rest_h.value,
        crewDailyRestH: r.crew_daily_rest_h.value,
        ...(r.crew_daily_h ? { crewDailyH: r.crew_daily_h.value } : {}),
    };
}
function sourcesOf(...figures) {
    const ids = figures.flatMap((f) => f.source === undefined ? [] : Array.isArray(f.source) ? f.source : [f.source]);
    return [...new Set(ids)];
}
/** The rule set and speed that apply in a country (its own, else the default one), or a reason why none. */
function rulesFor(driving, country) {
    const rules = driving.rules.find((r) => r.countries.includes(country)) ??
        driving.rules.find((r) => r.countries.length === 0);
    const speed = driving.speeds_kmh.find((s) => s.country === country) ??
        driving.speeds_kmh.find((s) => s.country === undefined);
    if (!rules)
        return `no driving rule set covers ${country} and none is the default`;
    if (!speed)
        return `no road speed is given for ${country} and none is the default`;
    return { rules, speed };
}
/**
 * The service with each leg's duration_h derived from the driving rules, or a reason it cannot be.
 * A leg runs under the rules and speed of the country it starts in.
 */
export function withDrivingTimes(service, driving, terminals) {
    const crew = service.driving?.crew;
    if (!crew)
        return service;
    const stretches = [];
    const used = [];
    for (const leg of service.legs) {
        const t = terminals.get(leg.from);
        if (!t)
            return `unknown terminal ${leg.from}`;
        const found = rulesFor(driving, t.country);
        if (typeof found === 'string')
            return found;
        used.push(found);
        stretches.push({
            km: leg.distance_km.value,
            speedKmh: found.speed.value,
            limits: limitsOf(found.rules),
        });
    }
    const ends = drivingTimeline(stretches, crew);
    const legs = service.legs.map((leg, k) => {
        const { rules, speed } = used[k];
        const hours = ends[k] - (k > 0 ? ends[k - 1] : 0);
        const figures = [speed, rules.continuous_h, rules.daily_h, rules.crew_daily_rest_h];
        if (crew === 'double' && rules.crew_daily_h)
            figures.push(rules.crew_daily_h);
        const source = sourcesOf(...figures);
        const assumed = figures.some((f) => f.source === undefined);
        return {
            ...leg,
            duration_h: {
                value: Math.round(hours * 100) / 100,
                ...(source.length > 0 ? { source } : {}),
                ...(assumed || source.length === 0
                    ? { assumption: `${rules.id} driving rules or the ${t(speed)} speed are partly assumed` }
                    : {}),
                note: `derived: ${leg.distance_km.value} km at ${speed.value} km/h, ${crew} crew, ${rules.id} rules (network.yaml driving); rests fall where the whole trip's driving reaches a limit`,
            },
        };
    });
    return { ...service, legs };
}
function t(speed) {
    return speed.country ? `${speed.country} road` : 'default road';
}
/** Derives the running times of every truck with `driving` in the draft, reporting what stops it. */
export function deriveDrivingTimes(draft, terminals, report) {
    draft.services.forEach((entry, n) => {
        const s = entry.value;
        if (!s.driving) {
            s.legs.forEach((leg, l) => {
                if (leg.duration_h.assumption === DERIVED_DURATION_TEXT)
                    report.error('services', ['services', entry.index, 'legs', l, 'duration_h'], 'required: only trucks with `driving` may leave out the running time');
            });
            return;
        }
        const at = ['services', entry.index, 'driving'];
        if (s.mode !== 'road') {
            report.error('services', at, `\`driving\` is for road services; this one is ${s.mode}`);
            return;
        }
        const driving = draft.manifest?.driving;
        if (!driving) {
            report.error('services', at, 'the service derives its running times from driving rules, but network.yaml has no `driving` block');
            return;
        }
        s.legs.forEach((leg, l) => {
            if (leg.duration_h.assumption !== DERIVED_DURATION_TEXT)
                report.warning('services', ['services', entry.index, 'legs', l, 'duration_h'], 'ignored: a truck with `driving` takes its running time from the driving rules');
        });
        const derived = withDrivingTimes(s, driving, terminals);
        if (typeof derived === 'string') {
            report.error('services', at, derived);
            return;
        }
        draft.services[n] = { ...entry, value: derived };
    });
}
//# sourceMappingURL=derive-driving-times.js.map