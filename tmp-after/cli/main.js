/**
 * The `corridor` command. Each sub-command lives in commands/<name>.ts as `register<Name>(program, io)`
 * and is listed in COMMANDS below. runCli returns the exit code instead of exiting, so tests call it
 * in-process with a memory io.
 */
import { Command, CommanderError } from 'commander';
import { CorridorError, formatIssue } from "../model/index.js";
import { createProcessIo } from "./io.js";
/**
 * Sub-commands in the order `corridor --help` lists them, each loaded only when it is needed: a
 * command's module pulls in what it runs (the simulator, Parquet writing, the server), and loading
 * all of them took about a third of a `corridor route` start.
 */
const COMMANDS = [
    ['serve', async () => (await import("./commands/serve.js")).registerServe],
    ['validate', async () => (await import("./commands/validate.js")).registerValidate],
    [
        'validate-figures',
        async () => (await import("./commands/validate-figures.js")).registerValidateFigures,
    ],
    ['info', async () => (await import("./commands/info.js")).registerInfo],
    ['export', async () => (await import("./commands/export.js")).registerExport],
    ['route', async () => (await import("./commands/route.js")).registerRoute],
    ['compare', async () => (await import("./commands/compare.js")).registerCompare],
    ['matrix', async () => (await import("./commands/matrix.js")).registerMatrix],
    ['simulate', async () => (await import("./commands/simulate.js")).registerSimulate],
    ['calibrate', async () => (await import("./commands/calibrate.js")).registerCalibrate],
    ['experiment', async () => (await import("./commands/experiment.js")).registerExperiment],
    ['merge', async () => (await import("./commands/merge.js")).registerMerge],
    ['worker', async () => (await import("./commands/worker.js")).registerWorker],
];
/**
 * The commands to register for these arguments: only the named one when the first argument names a
 * command (what it parses, prints and reports is the same either way), else all of them (the
 * program's help, `help <command>`, an unknown command and its suggestions need the whole list).
 */
export function commandsFor(argv) {
    const named = COMMANDS.find(([name]) => name === argv[2]);
    return named ? [named[0]] : COMMANDS.map(([name]) => name);
}
export async function runCli(argv, io = createProcessIo()) {
    const program = new Command('corridor')
        .description('Plan and simulate multimodal freight corridors out of Inner Mongolia')
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
        .showHelpAfterError();
    const wanted = new Set(commandsFor(argv));
    const registers = await Promise.all(COMMANDS.filter(([name]) => wanted.has(name)).map(([, load]) => load()));
    for (const register of registers)
        register(program, io);
    try {
        await program.parseAsync([...argv]);
    }
    catch (error) {
        if (error instanceof CommanderError) {
            if (error.exitCode !== 0)
                io.fail(2);
        }
        else if (error instanceof CorridorError) {
            io.err(`corridor: ${error.message}`);
            for (const issue of error.issues)
                io.err(`  ${formatIssue(issue)}`);
            io.fail(error.code === 'QUERY_INVALID' || error.code === 'PLACE_NOT_FOUND' ? 2 : 1);
        }
        else {
            throw error;
        }
    }
    return io.exitCode();
}
//# sourceMappingURL=main.js.map