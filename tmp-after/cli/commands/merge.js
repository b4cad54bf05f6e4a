import { mergeRuns } from "../../experiment/index.js";
export function registerMerge(program, io) {
    program
        .command('merge')
        .description('Merge the folders of `corridor experiment|simulate --shard K/N` into what one run writes')
        .argument('<dirs...>', 'shard output folders')
        .requiredOption('-o, --out <dir>', 'folder for the merged results')
        .action(async (dirs, flags) => {
        const report = await mergeRuns(dirs, flags.out);
        io.out(`merged ${report.replications} replications of ${report.kind} "${report.id}" from ${dirs.length} folders into ${flags.out}`);
    });
}
//# sourceMappingURL=merge.js.map