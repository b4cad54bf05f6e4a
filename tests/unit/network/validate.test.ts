import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import type { Issue } from '../../../src/model/index.ts';
import { edit, fixtureTexts, lineOf } from './fixture-texts.ts';

const base = fixtureTexts();
const errors = (files: NetworkFileText[]): Issue[] =>
  parseNetwork(files).issues.filter((i) => i.severity === 'error');
const warnings = (files: NetworkFileText[]): Issue[] =>
  parseNetwork(files).issues.filter((i) => i.severity === 'warning');

/** The one issue at `path`, asserting it exists. */
function at(issues: Issue[], path: string): Issue {
  const found = issues.filter((i) => i.path === path);
  expect(found, `no issue at ${path}; got:\n${issues.map(formatIssue).join('\n')}`).toHaveLength(1);
  return found[0]!;
}

describe('parseNetwork on the fixture', () => {
  it('accepts the mini-corridor with no issue at all', () => {
    const { network, issues } = parseNetwork(base);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.terminals.size).toBe(10);
    expect(network?.regimes.size).toBe(5);
  });
});

describe('each check class reports file, line, field path and message', () => {
  it('YAML syntax error, with its line', () => {
    const files = edit(
      base,
      'terminals.yaml',
      '    city: Erenhot\n    city_zh: 二连浩特\n    country: CN\n    timezone: Asia/Shanghai\n    kinds: [rail_terminal, border_station]',
      '    city: Erenhot\n    city_zh: 二连浩特\n    country: CN\n    timezone: Asia/Shanghai\n    kinds: [rail_terminal, border_station',
    );
    const issues = errors(files);
    const syntax = issues.find((i) => i.file === 'terminals.yaml' && i.path === '(syntax)');
    expect(syntax?.message).toMatch(/^YAML syntax error/);
    expect(syntax?.line).toBeGreaterThanOrEqual(
      lineOf(files, 'terminals.yaml', 'kinds: [rail_terminal, border_station', 30),
    );
    expect(parseNetwork(files).network).toBeUndefined();
  });

  it('shape error: wrong type and missing required field', () => {
    const files = edit(base, 'services.yaml', '    mode: air\n', '    mode: plane\n');
    const issue = at(errors(files), 'services[5].mode');
    expect(issue.file).toBe('services.yaml');
    expect(issue.line).toBe(lineOf(files, 'services.yaml', 'mode: plane'));
    expect(issue.message).toMatch(/expected one of "rail"\|"road"\|"sea"\|"air"/);
    const missing = edit(base, 'borders.yaml', '    name_zh: 二连浩特—扎门乌德（公路）\n', '');
    expect(at(errors(missing), 'borders[1].name_zh').message).toBe(
      'required field is missing (expected string)',
    );
  });

  it('duplicate ids in terminals, services, borders, sources and emission factors', () => {
    let files = edit(base, 'terminals.yaml', '  - id: zamyn-uud-road', '  - id: zamyn-uud-rail');
    files = edit(
      files,
      'services.yaml',
      '  - id: baotou-erenhot-truck',
      '  - id: erenhot-ulaanbaatar-truck',
    );
    files = edit(
      files,
      'borders.yaml',
      '  - id: erenhot-zamyn-uud-road',
      '  - id: erenhot-zamyn-uud-rail',
    );
    files = edit(files, 'sources.yaml', '  - id: ports-dataset', '  - id: airports-dataset');
    files = edit(files, 'emissions.yaml', '  - id: rail-diesel', '  - id: rail-electric');
    const issues = errors(files);
    expect(at(issues, 'terminals[5].id').message).toBe(
      'duplicate terminal "zamyn-uud-rail" (first at terminals[4])',
    );
    expect(at(issues, 'services[2].id').message).toBe(
      'duplicate service "erenhot-ulaanbaatar-truck" (first at services[1])',
    );
    expect(at(issues, 'borders[1].id').message).toMatch(
      /^duplicate border "erenhot-zamyn-uud-rail"/,
    );
    expect(at(issues, 'sources[3].id').message).toMatch(/^duplicate source "airports-dataset"/);
    expect(at(issues, 'factors[1].id').message).toMatch(
      /^duplicate emission factor "rail-electric"/,
    );
    expect(at(issues, 'terminals[5].id').line).toBe(
      lineOf(
        files,
        'terminals.yaml',
        '  - id: zamyn-uud-rail',
        lineOf(files, 'terminals.yaml', '  - id: zamyn-uud-rail'),
      ),
    );
  });

  it('unknown terminal in a leg, with did-you-mean, formatted like the CLI prints it', () => {
    const files = edit(
      base,
      'services.yaml',
      '      - from: erenhot-rail\n',
      '      - from: erenhot-rial\n',
    );
    const issue = at(errors(files), 'services[0].legs[1].from');
    expect(formatIssue(issue)).toBe(
      `services.yaml:${lineOf(files, 'services.yaml', 'erenhot-rial')} services[0].legs[1].from: unknown terminal "erenhot-rial"; did you mean "erenhot-rail"?`,
    );
  });

  it('unknown emission factor and unknown source id', () => {
    let files = edit(
      base,
      'services.yaml',
      '    emission_factor: sea-feeder',
      '    emission_factor: sea-feedr',
    );
    files = edit(files, 'terminals.yaml', 'source: ports-dataset }', 'source: port-dataset }');
    const issues = errors(files);
    expect(at(issues, 'services[4].emission_factor').hint).toBe('did you mean "sea-feeder"?');
    const src = at(issues, 'terminals[7].location.source');
    expect(src.message).toBe('unknown source "port-dataset" (not in sources.yaml)');
    expect(src.hint).toBe('did you mean "ports-dataset"?');
    expect(src.line).toBe(lineOf(files, 'terminals.yaml', 'port-dataset'));
  });

  it('a leg that does not start where the previous one ended', () => {
    const files = edit(
      base,
      'services.yaml',
      '      - from: zamyn-uud-rail\n',
      '      - from: erenhot-rail\n',
    );
    expect(at(errors(files), 'services[0].legs[2].from').message).toBe(
      'leg starts at "erenhot-rail" but the previous leg ends at "zamyn-uud-rail"',
    );
  });

  it('a leg between terminals that do not serve the service mode', () => {
    const files = edit(
      base,
      'services.yaml',
      '      - from: baotou-airport\n',
      '      - from: baotou-rail\n',
    );
    expect(at(errors(files), 'services[5].legs[0].from').message).toBe(
      'terminal "baotou-rail" does not serve air (it serves rail, road)',
    );
  });

  it('a border whose sides are in one country, or do not serve its mode', () => {
    const files = edit(
      base,
      'borders.yaml',
      'sides: [erenhot-road, zamyn-uud-road]',
      'sides: [erenhot-road, baotou-airport]',
    );
    const issue = at(errors(files), 'borders[1].sides');
    expect(issue.message).toBe('both sides are in CN; a border crossing joins two countries');
    const wrongMode = edit(
      base,
      'borders.yaml',
      'sides: [erenhot-road, zamyn-uud-road]',
      'sides: [erenhot-road, zamyn-uud-rail]',
    );
    expect(at(errors(wrongMode), 'borders[1].sides[1]').message).toBe(
      'terminal "zamyn-uud-rail" does not serve road (it serves rail)',
    );
  });

  it('a dwell by direction keyed by a side that is not entered, or without provenance', () => {
    const road =
      '    dwell_h: { dist: triangular, min: 2, mode: 6, max: 48, assumption: "truck queue at the checkpoint, for tests" }\n';
    const byDirection = (key: string, provenance = 'assumption: "entering Mongolia, for tests"') =>
      edit(
        base,
        'borders.yaml',
        road,
        `${road}    dwell_h_by_direction:\n      ${key}: { dist: fixed, value: 9, ${provenance} }\n`,
      );
    expect(errors(byDirection('zamyn-uud-road'))).toEqual([]);
    expect(
      at(errors(byDirection('zamyn-uud-rail')), 'borders[1].dwell_h_by_direction.zamyn-uud-rail')
        .message,
    ).toBe(
      '"zamyn-uud-rail" is not a side of this crossing; a dwell by direction is keyed by the side entered (erenhot-road or zamyn-uud-road)',
    );
    // a figure inside the record needs its source or assumption like any other
    expect(
      errors(byDirection('zamyn-uud-road', 'note: "no provenance"')).some((i) =>
        i.path.startsWith('borders[1].dwell_h_by_direction.zamyn-uud-road'),
      ),
    ).toBe(true);
    const oneWay = edit(
      byDirection('erenhot-road'),
      'borders.yaml',
      'sides: [erenhot-road, zamyn-uud-road]\n',
      'sides: [erenhot-road, zamyn-uud-road]\n    both_directions: false\n',
    );
    expect(at(warnings(oneWay), 'borders[1].dwell_h_by_direction.erenhot-road').message).toMatch(
      /only from "erenhot-road" to "zamyn-uud-road"; a dwell entering "erenhot-road" is never used/,
    );
  });

  it('other traffic at a border that fills its capacity, or has no capacity to share', () => {
    const cap =
      '    capacity_per_day: { value: 12, unit: trains, assumption: "trains per day, for tests" }\n';
    const full = edit(
      base,
      'borders.yaml',
      cap,
      `${cap}    background_per_day: { value: 12, assumption: "other trains a day, for tests" }\n`,
    );
    expect(at(errors(full), 'borders[0].background_per_day.value').message).toBe(
      'other traffic of 12 trains a day fills the capacity of 12 a day: the queue would grow without end',
    );
    const none = edit(
      base,
      'borders.yaml',
      cap,
      '    background_per_day: { value: 3, assumption: "other trains a day, for tests" }\n',
    );
    expect(at(errors(none), 'borders[0].background_per_day').message).toMatch(
      /needs a capacity_per_day/,
    );
    const fine = edit(
      base,
      'borders.yaml',
      cap,
      `${cap}    background_per_day: { value: 6, assumption: "other trains a day, for tests" }\n`,
    );
    expect(errors(fine)).toEqual([]);
  });

  it('a rail border or rail leg across a gauge break without a gauge change', () => {
    const files = edit(
      base,
      'borders.yaml',
      '    gauge_change:\n      method: container_transfer\n      time_h: { value: 6, assumption: "transfer of a block train\'s containers between wagons" }\n      cost_usd_per_teu: { value: 90, assumption: "lift charge per container transferred, for tests" }\n      capacity_teu_per_day: { value: 1000, assumption: "transfer yard throughput, for tests" }\n',
      '',
    );
    expect(at(errors(files), 'borders[0].gauge_change').message).toBe(
      '"erenhot-rail" has 1435 mm and "zamyn-uud-rail" 1520 mm gauge but no gauge_change is given',
    );
    // a domestic rail leg to a 1520 mm terminal: no border at all for the pair
    const leg = edit(
      base,
      'terminals.yaml',
      '    modes: [rail, sea]\n    gauge_mm: 1435',
      '    modes: [rail, sea]\n    gauge_mm: 1520',
    );
    expect(at(errors(leg), 'services[3].legs[0].to').message).toBe(
      'rail leg joins 1435 mm and 1520 mm track but no rail border crossing with a gauge change is filed for "baotou-rail"–"tianjin-port"',
    );
  });

  it('a leg that crosses countries with no border crossing filed for that pair and mode', () => {
    const files = edit(base, 'borders.yaml', '    mode: road\n', '    mode: rail\n');
    const issue = at(errors(files), 'services[1].legs[0].to');
    expect(issue.message).toBe(
      'road leg crosses CN→MN but no road border crossing is filed from "erenhot-road" to "zamyn-uud-road"',
    );
    expect(issue.hint).toBe('border "erenhot-zamyn-uud-road" joins them but is a rail crossing');
  });

  it('a leg shorter than the great circle (error) or far longer (warning)', () => {
    const short = edit(
      base,
      'services.yaml',
      'distance_km: { value: 709,',
      'distance_km: { value: 400,',
    );
    expect(at(errors(short), 'services[0].legs[2].distance_km').message).toBe(
      '400 km is shorter than the great-circle distance 606 km between "zamyn-uud-rail" and "ulaanbaatar-hub"',
    );
    const long = edit(
      base,
      'services.yaml',
      'distance_km: { value: 950,',
      'distance_km: { value: 3500,',
    );
    expect(
      errors(
        long.map((f) =>
          f.name === 'services.yaml'
            ? {
                ...f,
                text: f.text.replace('duration_h: { value: 40,', 'duration_h: { value: 150,'),
              }
            : f,
        ),
      ),
    ).toEqual([]);
    expect(at(warnings(long), 'services[4].legs[0].distance_km').message).toBe(
      '3500 km is 4.4× the great-circle distance 792 km; more than the 4× expected for sea',
    );
  });

  it('a running speed implausible for the mode', () => {
    const files = edit(
      base,
      'services.yaml',
      'duration_h: { value: 3.2,',
      'duration_h: { value: 0.5,',
    );
    expect(at(errors(files), 'services[5].legs[0].duration_h').message).toBe(
      'running speed 3120 km/h (1560 km in 0.5 h) is implausible for air (150–950 km/h)',
    );
  });

  it('a schedule that does not parse', () => {
    const files = edit(
      base,
      'services.yaml',
      '{ day: Wed, time: "18:00" }',
      '{ day: Wed, time: "18.00" }',
    );
    const issue = at(errors(files), 'services[4].schedule.departures[0].time');
    expect(issue.message).toBe('HH:MM, 24 h');
    const day = edit(
      base,
      'services.yaml',
      '{ day: Wed, time: "18:00" }',
      '{ day: Wednesday, time: "18:00" }',
    );
    expect(at(errors(day), 'services[4].schedule.departures[0].day').message).toMatch(
      /expected one of "Mon"/,
    );
  });

  it('a figure with neither source nor assumption', () => {
    const files = edit(
      base,
      'services.yaml',
      '    capacity: { teu: 700, assumption: "small feeder vessel, for tests" }',
      '    capacity: { teu: 700 }',
    );
    const issue = at(errors(files), 'services[4].capacity');
    expect(issue.message).toBe(
      'figure has neither `source` (an id from sources.yaml) nor `assumption` (why this value was chosen)',
    );
    expect(issue.line).toBe(lineOf(files, 'services.yaml', 'capacity: { teu: 700 }'));
    const dist = edit(
      base,
      'borders.yaml',
      '{ dist: lognormal, p50: 24, p90: 72, assumption: "border dwell of a day, with a long tail, for tests" }',
      '{ dist: lognormal, p50: 24, p90: 72 }',
    );
    expect(at(errors(dist), 'borders[0].dwell_h').message).toMatch(/^figure has neither/);
  });

  it('a distribution whose parameters are out of order', () => {
    const tri = edit(
      base,
      'borders.yaml',
      '{ dist: triangular, min: 2, mode: 6, max: 48,',
      '{ dist: triangular, min: 2, mode: 60, max: 48,',
    );
    expect(at(errors(tri), 'borders[1].dwell_h.mode').message).toBe(
      'triangular distribution needs min ≤ mode ≤ max (got 2, 60, 48)',
    );
    const logn = edit(
      base,
      'borders.yaml',
      '{ dist: lognormal, p50: 24, p90: 72,',
      '{ dist: lognormal, p50: 24, p90: 12,',
    );
    expect(at(errors(logn), 'borders[0].dwell_h.p90').message).toBe(
      'lognormal p90 (12) is below p50 (24)',
    );
  });

  it('waypoints drawing a line much longer than the leg (e.g. [lat, lon] swapped) are a warning', () => {
    const files = edit(
      base,
      'services.yaml',
      'points: [[110.12, 44.90], [108.27, 46.19]]',
      'points: [[44.90, 110.12], [46.19, 108.27]]',
    );
    expect(
      parseNetwork(files).issues.some((i) => i.path.startsWith('services[0].legs[2].waypoints')),
    ).toBe(true);
    const swapped = edit(
      base,
      'services.yaml',
      'points: [[120.9, 38.3], [122.8, 37.5]]',
      'points: [[120.9, 38.3], [140.8, 37.5]]',
    );
    expect(at(warnings(swapped), 'services[4].legs[0].waypoints').message).toMatch(
      /^the line through the waypoints is \d+ km, longer than the leg's 950 km/,
    );
  });

  it('a misspelt field is a warning naming the field', () => {
    const files = edit(
      base,
      'services.yaml',
      '    capacity: { teu: 700, assumption:',
      '    capacity: { teu: 700, asumption:',
    );
    const issues = parseNetwork(files).issues;
    expect(at(issues, 'services[4].capacity.asumption').hint).toBe('did you mean "assumption"?');
  });

  it('a rail terminal without gauge_mm', () => {
    const files = edit(
      base,
      'terminals.yaml',
      '    modes: [rail, sea]\n    gauge_mm: 1435\n',
      '    modes: [rail, sea]\n',
    );
    expect(at(errors(files), 'terminals[7].modes').message).toBe(
      'terminal "tianjin-port" serves rail but gives no gauge_mm (1435 or 1520)',
    );
  });

  it('a terminal nothing reaches is a warning, and the network still loads', () => {
    const orphan = base.map((f) =>
      f.name === 'terminals.yaml'
        ? {
            ...f,
            text: `${f.text}  - id: hohhot-rail\n    name: Hohhot\n    name_zh: 呼和浩特\n    city: Hohhot\n    city_zh: 呼和浩特\n    country: CN\n    timezone: Asia/Shanghai\n    kinds: [rail_terminal]\n    modes: [rail]\n    gauge_mm: 1435\n    location: { lon: 111.75, lat: 40.84, assumption: "well-known city position" }\n`,
          }
        : f,
    );
    const result = parseNetwork(orphan);
    expect(result.network).toBeDefined();
    expect(at(result.issues, 'terminals[10].id')).toMatchObject({
      severity: 'warning',
      message: 'no service or border crossing reaches terminal "hohhot-rail"',
    });
  });

  it('a customs regime listed twice, and a terminal naming an undefined regime', () => {
    const files = edit(base, 'customs.yaml', '  - regime: "9710"', '  - regime: "9610"');
    const issues = errors(files);
    expect(at(issues, 'regimes[1].regime').message).toBe(
      'duplicate regime "9610" (first at regimes[0])',
    );
    const undefinedRegime = at(issues, 'terminals[0].customs[1]');
    expect(undefinedRegime.message).toBe('customs regime "9710" is not defined in customs.yaml');
    expect(undefinedRegime.file).toBe('terminals.yaml');
  });

  it('a missing file', () => {
    const files = base.filter((f) => f.name !== 'customs.yaml');
    expect(at(errors(files), '(file)')).toMatchObject({
      file: 'customs.yaml',
      message: 'missing: a network needs customs.yaml (or .yml / .json)',
    });
  });

  it('reports all issues of several classes in one pass', () => {
    let files = edit(
      base,
      'services.yaml',
      '      - from: erenhot-rail\n',
      '      - from: erenhot-rial\n',
    );
    files = edit(files, 'services.yaml', '    mode: air\n', '    mode: plane\n');
    files = edit(files, 'terminals.yaml', 'source: ports-dataset }', 'source: port-dataset }');
    const paths = errors(files).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'services[0].legs[1].from',
        'services[5].mode',
        'terminals[7].location.source',
      ]),
    );
  });

  it('reads JSON files as well as YAML', () => {
    const files = base.map((f) =>
      f.name === 'network.yaml'
        ? {
            name: 'network.json',
            text: JSON.stringify(
              {
                id: 'x',
                name: 'X',
                name_zh: '甲',
                reference_year: 2025,
                cny_per_usd: { value: 7 },
                cargo_t_per_teu: { value: 10, assumption: 'ten tonnes a TEU' },
                volumetric_kg_per_m3: { value: 167, assumption: 'IATA divisor' },
              },
              null,
              2,
            ),
          }
        : f,
    );
    const issue = at(errors(files), 'cny_per_usd');
    expect(issue.file).toBe('network.json');
    expect(issue.line).toBe(6);
  });

  it('lets a JSON file name its schema with a top-level $schema key', () => {
    const emissions = base.find((f) => f.name === 'emissions.yaml')!;
    const data = {
      $schema: '../../../networks/schema/emissions.schema.json',
      ...(parse(emissions.text) as object),
    };
    const files = base.map((f) =>
      f === emissions ? { name: 'emissions.json', text: JSON.stringify(data) } : f,
    );
    expect(parseNetwork(files).issues).toEqual([]);
  });
});
