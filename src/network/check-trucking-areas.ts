/**
 * services.yaml `trucking_areas` checks (docs/decisions.md T19): unique ids, road terminals that
 * exist, an emission factor that exists, a road border path for every pair in two countries, running
 * times the driving rules can give, and truck ids no other service takes. The trucks it files, timed,
 * are kept in the draft for the build (`areaServices`).
 */
import { RETURN_SUFFIX, type Service, type Terminal } from '../model/index.ts';
import { didYouMean } from '../lib/suggest.ts';
import { withDrivingTimes } from './derive-driving-times.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
import { areaTrucks } from './trucking-areas.ts';

export function checkTruckingAreas(
  draft: Draft,
  terminals: ReadonlyMap<string, Terminal>,
  report: Reporter,
): void {
  for (const { value, index } of draft.services)
    if (value.trucking_area !== undefined)
      report.error(
        'services',
        ['services', index, 'trucking_area'],
        'set by the loader on the trucks of a trucking area; a filed service does not give it',
      );
  const areas = draft.truckingAreas ?? [];
  if (areas.length === 0) return;
  const factorIds = new Set(draft.factors.map((f) => f.value.id));
  const serviceIds = new Set(
    draft.services.flatMap(({ value }) =>
      value.both_directions ? [value.id, value.id + RETURN_SUFFIX] : [value.id],
    ),
  );
  const trucks: Service[] = [];
  const seen = new Set<string>();
  for (const { value: area, index } of areas) {
    const at = (...rest: (string | number)[]) => ['trucking_areas', index, ...rest];
    if (seen.has(area.id))
      report.error('services', at('id'), `a second trucking area "${area.id}"`);
    seen.add(area.id);
    let usable = true;
    const listed = new Set<string>();
    area.terminals.forEach((id, k) => {
      const t = terminals.get(id);
      if (listed.has(id)) report.error('services', at('terminals', k), `"${id}" is listed twice`);
      listed.add(id);
      if (!t) {
        report.error(
          'services',
          at('terminals', k),
          `unknown terminal "${id}"`,
          didYouMean(id, [...terminals.keys()]),
        );
        usable = false;
      } else if (!t.modes.includes('road')) {
        report.error(
          'services',
          at('terminals', k),
          `terminal "${id}" does not serve road (it serves ${t.modes.join(', ')})`,
        );
        usable = false;
      }
    });
    if (!factorIds.has(area.service.emission_factor))
      report.error(
        'services',
        at('service', 'emission_factor'),
        `unknown emission factor "${area.service.emission_factor}"`,
      );
    const driving = draft.manifest?.driving;
    if (!driving) {
      report.error(
        'services',
        at('service', 'driving'),
        "an area's trucks take their running times from driving rules, but network.yaml has no `driving` block",
      );
      continue;
    }
    if (!usable) continue;
    const { services, problems } = areaTrucks(
      area,
      terminals,
      draft.borders.map((b) => b.value),
      draft.services.map((s) => s.value),
    );
    for (const p of problems) report.error('services', at(...p.path), p.message);
    for (const s of services) {
      if (serviceIds.has(s.id))
        report.error('services', at('id'), `the truck "${s.id}" takes the id of another service`);
      serviceIds.add(s.id);
      const timed = withDrivingTimes(s, driving, terminals);
      if (typeof timed === 'string') report.error('services', at('service', 'driving'), timed);
      else trucks.push(timed);
    }
  }
  draft.areaServices = trucks;
}
