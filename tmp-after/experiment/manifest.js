import { fingerprint } from "./layout.js";
export function makeManifest(kind, id, parameters, cells) {
    return { kind, id, parameters, cells, fingerprint: fingerprint(cells) };
}
export const manifestText = (m) => JSON.stringify(m, null, 1) + '\n';
//# sourceMappingURL=manifest.js.map