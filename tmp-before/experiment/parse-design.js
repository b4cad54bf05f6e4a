/**
 * Experiment design files → a checked design and its cells. Pure (the base scenario arrives already
 * loaded): YAML with line numbers, the strict schema (unknown keys with a did-you-mean), the rules
 * between fields (what each design kind needs), and every cell's scenario, all in one pass, so a
 * design with five mistakes reports five issues with file:line.
 */
import { didYouMean } from "../lib/suggest.js";
import { issueAt, parseFile } from "../network/index.js";
import { cellsOf } from "./cells.js";
import { DesignFile, DesignParameter } from "./design.schema.js";
import { setAtPath } from "./scenario-path.js";
/** The keys a strict object at a schema path accepts (for the did-you-mean of an unknown key). */
function knownKeys(path) {
    if (path.length === 0)
        return Object.keys(DesignFile.shape);
    if (path[0] === 'parameters' && path.length === 2)
        return Object.keys(DesignParameter.shape);
    return [];
}
/** Parses the design text (structure and field rules); the cells' scenarios are checked by checkCells. */
export function parseDesign(file, text) {
    const { file: yaml, issues } = parseFile(file, text);
    if (issues.length > 0)
        return { issues };
    const at = (path, message, hint) => issueAt(yaml, path, message, hint);
    const parsed = DesignFile.safeParse(yaml.data ?? {});
    if (!parsed.success) {
        for (const zi of parsed.error.issues) {
            if (zi.code === 'unrecognized_keys')
                for (const key of zi.keys)
                    issues.push(at([...zi.path, key], `unknown key "${key}"`, didYouMean(key, knownKeys(zi.path))));
            else
                issues.push(at(zi.path, zi.message));
        }
        return { issues };
    }
    const design = parsed.data;
    const names = design.parameters.map((p) => p.name);
    design.parameters.forEach((p, i) => {
        if (names.indexOf(p.name) !== i)
            issues.push(at(['parameters', i, 'name'], `parameter "${p.name}" is named twice`));
        if (design.design === 'grid' && !p.values)
            issues.push(at(['parameters', i], 'a grid design needs the values of every parameter'));
        if (design.design === 'lhs') {
            if (p.min === undefined || p.max === undefined)
                issues.push(at(['parameters', i], 'a Latin hypercube design needs min and max'));
            else if (!(p.min < p.max))
                issues.push(at(['parameters', i, 'max'], `max ${p.max} is not above min ${p.min}`));
        }
        if (design.design !== 'grid' && p.values)
            issues.push(at(['parameters', i, 'values'], `values belong to grid designs, not ${design.design}`));
    });
    if (design.design === 'list') {
        if (!design.cells)
            issues.push(at(['design'], 'a list design needs `cells`'));
        design.cells?.forEach((cell, c) => {
            for (const key of Object.keys(cell))
                if (!names.includes(key))
                    issues.push(at(['cells', c, key], `"${key}" is not a parameter`, didYouMean(key, names)));
            for (const name of names)
                if (!(name in cell))
                    issues.push(at(['cells', c], `cell gives no value for "${name}"`));
        });
    }
    else if (design.cells)
        issues.push(at(['cells'], `cells belong to list designs, not ${design.design}`));
    if (design.design === 'lhs' && design.samples === undefined)
        issues.push(at(['samples'], 'a Latin hypercube design needs `samples`'));
    if (design.design !== 'lhs')
        for (const key of ['samples', 'design_seed'])
            if (design[key] !== undefined)
                issues.push(at([key], `${key} belongs to Latin hypercube designs, not ${design.design}`));
    if (issues.length > 0)
        return { issues, yaml };
    const cells = cellsOf(design).map((values, index) => ({
        index,
        id: `cell-${String(index + 1).padStart(4, '0')}`,
        values,
    }));
    return { design, cells, yaml, issues };
}
/**
 * Each cell's scenario: the base with the cell's values set at the parameters' paths, and the
 * replications and seed of the design. A path that does not exist or a value of the wrong type is
 * an issue at the parameter's line; `check` (a scenario validator) sees every distinct scenario.
 */
export function cellScenarios(design, cells, base, where, check = () => []) {
    const issues = [];
    const seen = new Set();
    const scenarios = [];
    const atParam = (i, message) => {
        const line = where.yaml.lineOf(['parameters', i, 'path']);
        return {
            severity: 'error',
            file: where.file,
            ...(line ? { line } : {}),
            path: `parameters[${i}].path`,
            message,
        };
    };
    for (const cell of cells) {
        let s = {
            ...base,
            id: `${base.id}--${cell.id}`,
            ...(design.replications !== undefined ? { replications: design.replications } : {}),
            ...(design.seed !== undefined ? { seed: design.seed } : {}),
        };
        let ok = true;
        design.parameters.forEach((p, i) => {
            const set = setAtPath(s, p.path, cell.values[p.name]);
            if ('error' in set) {
                ok = false;
                const message = set.error;
                if (!seen.has(message))
                    issues.push(atParam(i, message));
                seen.add(message);
            }
            else
                s = set.value;
        });
        if (!ok)
            continue;
        for (const issue of check(s)) {
            const text = `${cell.id} (${JSON.stringify(cell.values)}): ${issue.path}: ${issue.message}`;
            if (seen.has(issue.message))
                continue;
            seen.add(issue.message);
            issues.push({ severity: 'error', file: where.file, path: 'parameters', message: text });
        }
        scenarios.push(s);
    }
    return { scenarios, issues };
}
//# sourceMappingURL=parse-design.js.map