/**
 * Parses one network file (YAML or JSON: JSON is read by the YAML 1.2 parser) keeping a line index,
 * so every issue can name the line of the field it is about, and reports syntax errors with their line.
 */
import { createRequire } from 'node:module';
let yamlModule;
/**
 * The YAML parser, loaded on the first parse: a load answered from the parse cache never needs it,
 * and loading it was about 40 ms of a `corridor route` start (docs/decisions.md D13).
 */
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml'));
const pathKey = (path) => path.map(String).join('\u0000');
/** Parses `text`; syntax errors come back as issues with their line, and `data` is then undefined. */
export function parseFile(name, text) {
    const { file, issues } = parseDocumentFile(name, text);
    // the checks may normalise what they read in place; the snapshot keeps the data as parsed
    const pristine = file.data === undefined ? undefined : structuredClone(file.data);
    return { file: recording(file, {}, pristine), issues };
}
/**
 * A file restored from its snapshot without parsing; only a line the snapshot lacks parses `text`.
 * Use only for a snapshot of this very text (a snapshot is keyed by the text's hash).
 */
export function restoreFile(name, text, snapshot) {
    let parsed;
    const restored = {
        name,
        data: snapshot.data,
        lineOf(path) {
            const known = snapshot.lines[pathKey(path)];
            if (known !== undefined)
                return known ?? undefined;
            parsed ??= parseDocumentFile(name, text).file;
            return parsed.lineOf(path);
        },
    };
    return recording(restored, snapshot.lines, snapshot.data);
}
function recording(file, known, pristine) {
    const lines = { ...known };
    return {
        name: file.name,
        data: file.data,
        lineOf(path) {
            const key = pathKey(path);
            if (key in lines)
                return lines[key] ?? undefined;
            const line = file.lineOf(path);
            lines[key] = line ?? null;
            return line;
        },
        snapshot: () => ({ data: pristine, lines: { ...lines } }),
    };
}
function parseDocumentFile(name, text) {
    const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml();
    const lineCounter = new LineCounter();
    const lineAt = (offset) => offset === undefined ? undefined : lineCounter.linePos(offset).line;
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const issues = doc.errors.map((error) => {
        const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
        const message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
        return {
            severity: 'error',
            file: name,
            ...(line ? { line } : {}),
            path: '(syntax)',
            message: `YAML syntax error: ${message}`,
        };
    });
    const file = {
        name,
        data: issues.length > 0 ? undefined : doc.toJS({ maxAliasCount: 1000 }),
        lineOf(path) {
            let node = doc.contents;
            let line = lineAt(doc.contents?.range?.[0]);
            for (const segment of path) {
                if (isMap(node)) {
                    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
                    if (!pair)
                        break;
                    line = lineAt(pair.key.range?.[0]) ?? line;
                    node = pair.value;
                }
                else if (isSeq(node) && typeof segment === 'number') {
                    const item = node.items[segment];
                    if (item === undefined)
                        break;
                    line = lineAt(item.range?.[0]) ?? line;
                    node = item;
                }
                else {
                    break;
                }
            }
            return line;
        },
    };
    return { file, issues };
}
//# sourceMappingURL=parsed-file.js.map