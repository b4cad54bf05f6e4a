import { BorderCrossing, CorridorGroup, DestinationCustoms, EmissionFactor, LegalityRule, NETWORK_FILES, RegimeRule, Service, Source, Terminal, } from "../model/index.js";
/** Record arrays inside each file, checked one by one when the whole file fails. */
const RECORDS = {
    sources: { key: 'sources', schema: Source },
    terminals: { key: 'terminals', schema: Terminal },
    services: { key: 'services', schema: Service },
    borders: { key: 'borders', schema: BorderCrossing },
    emissions: { key: 'factors', schema: EmissionFactor },
    customs: { key: 'regimes', schema: RegimeRule },
    corridors: { key: 'groups', schema: CorridorGroup },
    legality: { key: 'rules', schema: LegalityRule },
};
/** zod's "expected string, received undefined" said the way a person editing YAML reads it. */
function describe(issue) {
    const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
    if (missing)
        return `required field is missing (expected ${missing[1]})`;
    return issue.message;
}
function records(kind, data, parsed) {
    const spec = RECORDS[kind];
    if (!spec)
        return [];
    if (parsed !== undefined)
        return (parsed[spec.key] ?? []).map((value, index) => ({
            value,
            index,
        }));
    const raw = data?.[spec.key];
    if (!Array.isArray(raw))
        return [];
    const kept = [];
    raw.forEach((item, index) => {
        const result = spec.schema.safeParse(item);
        if (result.success)
            kept.push({ value: result.data, index });
    });
    return kept;
}
/** customs.yaml's second record list, kept record by record like RECORDS when the file fails. */
function destinationRecords(data, parsed) {
    if (parsed !== undefined)
        return (parsed.destinations ?? []).map((value, index) => ({ value, index }));
    const raw = data?.['destinations'];
    if (!Array.isArray(raw))
        return [];
    const kept = [];
    raw.forEach((item, index) => {
        const result = DestinationCustoms.safeParse(item);
        if (result.success)
            kept.push({ value: result.data, index });
    });
    return kept;
}
export function checkShape(files, report) {
    const parsedByKind = new Map();
    for (const [kind, file] of files) {
        if (file.data === undefined)
            continue;
        const result = NETWORK_FILES[kind].safeParse(file.data);
        if (result.success) {
            parsedByKind.set(kind, result.data);
        }
        else {
            for (const issue of result.error.issues)
                report.error(kind, issue.path, describe(issue));
        }
    }
    const dataOf = (kind) => files.get(kind)?.data;
    const emissions = parsedByKind.get('emissions');
    const draft = {
        sources: records('sources', dataOf('sources'), parsedByKind.get('sources')),
        terminals: records('terminals', dataOf('terminals'), parsedByKind.get('terminals')),
        services: records('services', dataOf('services'), parsedByKind.get('services')),
        borders: records('borders', dataOf('borders'), parsedByKind.get('borders')),
        factors: records('emissions', dataOf('emissions'), parsedByKind.get('emissions')),
        regimes: records('customs', dataOf('customs'), parsedByKind.get('customs')),
        corridorGroups: records('corridors', dataOf('corridors'), parsedByKind.get('corridors')),
        legalityRules: records('legality', dataOf('legality'), parsedByKind.get('legality')),
        destinations: destinationRecords(dataOf('customs'), parsedByKind.get('customs')),
    };
    const manifest = parsedByKind.get('network');
    if (manifest)
        draft.manifest = manifest;
    if (emissions) {
        draft.emissionsVersion = emissions.version;
        if (emissions.hub_co2e_kg_per_t)
            draft.hubCo2eKgPerT = emissions.hub_co2e_kg_per_t.value;
    }
    return draft;
}
//# sourceMappingURL=check-shape.js.map