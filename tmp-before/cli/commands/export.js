/**
 * `corridor export [network-dir] --format geojson|graph [--out file]`: the network as RFC 7946 GeoJSON
 * for maps, or as graphology's serialized graph (nodes terminal@mode, service/transfer/border edges).
 */
import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import { buildGraph, toGeoJson } from "../../network/index.js";
import { loadOrReport, shownDir } from "../network-folder.js";
export function registerExport(program, io) {
    program
        .command('export')
        .description('write the network as GeoJSON (terminals, services, borders) or as its graphology graph')
        .argument('[network-dir]', 'network folder (default: networks/inner-mongolia)')
        .addOption(new Option('--format <format>', 'output format')
        .choices(['geojson', 'graph'])
        .default('geojson'))
        .option('--out <file>', 'write to this file instead of standard output')
        .action(async (dirArg, opts) => {
        const network = await loadOrReport(dirArg, io);
        if (!network)
            return;
        const data = opts.format === 'geojson' ? toGeoJson(network) : buildGraph(network).export();
        const text = `${JSON.stringify(data, null, 2)}\n`;
        if (opts.out) {
            await writeFile(opts.out, text);
            io.err(`corridor: wrote ${opts.format} of ${network.manifest.id} to ${shownDir(opts.out)}`);
        }
        else {
            io.out(text);
        }
    });
}
//# sourceMappingURL=export.js.map