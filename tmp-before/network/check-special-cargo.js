/**
 * network.yaml `special_cargo_lead_times` checks (docs/decisions.md C14): an entry applies to a ride
 * of its mode that carries its cargo flag and, when it names a country, stops in that country. An
 * entry no service can ever meet is dead: a country no service of the mode stops in, or a cargo flag
 * no service of the mode (in that country) accepts. Both are warnings, so a network author sees the
 * entry does nothing rather than trusting it to hold rides back. A country's entry shorter than the
 * entry of the same mode and cargo for every ride never holds one either (the longest applies, C14).
 */
import { stopsOf } from "../model/index.js";
/** Whether `service` takes cargo with `flag` (its cargo rules; classes and UN numbers aside). */
const accepts = (service, flag) => service.cargo[flag];
export function checkSpecialCargoLeadTimes(draft, terminals, report) {
    const entries = draft.manifest?.special_cargo_lead_times ?? [];
    const services = draft.services.map((s) => s.value);
    entries.forEach((entry, i) => {
        const ofMode = services.filter((s) => s.mode === entry.mode);
        const inCountry = entry.country === undefined
            ? ofMode
            : ofMode.filter((s) => stopsOf(s).some((id) => terminals.get(id)?.country === entry.country));
        if (entry.country !== undefined && inCountry.length === 0) {
            report.warning('network', ['special_cargo_lead_times', i, 'country'], `no ${entry.mode} service stops in ${entry.country}: this ${entry.cargo} lead time never applies`);
            return;
        }
        if (!inCountry.some((s) => accepts(s, entry.cargo))) {
            report.warning('network', ['special_cargo_lead_times', i, 'cargo'], `no ${entry.mode} service${entry.country ? ` stopping in ${entry.country}` : ''} accepts ${entry.cargo}: this lead time never applies`);
            return;
        }
        const everyRide = entries.find((e) => e.mode === entry.mode && e.cargo === entry.cargo && e.country === undefined);
        if (entry.country !== undefined && everyRide !== undefined && entry.value < everyRide.value)
            report.warning('network', ['special_cargo_lead_times', i, 'value'], `the ${entry.cargo} lead time of every ${entry.mode} ride (${everyRide.value} h) is longer: this ${entry.country} one (${entry.value} h) never holds a ride`);
    });
}
//# sourceMappingURL=check-special-cargo.js.map