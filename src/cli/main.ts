/**
 * The `corridor` command. Each sub-command lives in commands/<name>.ts as `register<Name>(program, io)`
 * and is listed in COMMANDS below. runCli returns the exit code instead of exiting, so tests call it
 * in-process with a memory io.
 */
import { Command, CommanderError } from 'commander';
import { CorridorError, formatIssue } from '../model/index.ts';
import { createProcessIo, type CliIo } from './io.ts';

type Register = (program: Command, io: CliIo) => void;

/**
 * Sub-commands in the order `corridor --help` lists them, each loaded only when it is needed: a
 * command's module pulls in what it runs (the simulator, Parquet writing, the server), and loading
 * all of them took about a third of a `corridor route` start.
 */
const COMMANDS: readonly (readonly [name: string, load: () => Promise<Register>])[] = [
  ['serve', async () => (await import('./commands/serve.ts')).registerServe],
  ['validate', async () => (await import('./commands/validate.ts')).registerValidate],
  [
    'validate-figures',
    async () => (await import('./commands/validate-figures.ts')).registerValidateFigures,
  ],
  ['info', async () => (await import('./commands/info.ts')).registerInfo],
  ['export', async () => (await import('./commands/export.ts')).registerExport],
  ['route', async () => (await import('./commands/route.ts')).registerRoute],
  ['compare', async () => (await import('./commands/compare.ts')).registerCompare],
  ['matrix', async () => (await import('./commands/matrix.ts')).registerMatrix],
  ['simulate', async () => (await import('./commands/simulate.ts')).registerSimulate],
  ['calibrate', async () => (await import('./commands/calibrate.ts')).registerCalibrate],
  ['experiment', async () => (await import('./commands/experiment.ts')).registerExperiment],
  ['merge', async () => (await import('./commands/merge.ts')).registerMerge],
  ['worker', async () => (await import('./commands/worker.ts')).registerWorker],
];

/**
 * The commands to register for these arguments: only the named one when the first argument names a
 * command (what it parses, prints and reports is the same either way), else all of them (the
 * program's help, `help <command>`, an unknown command and its suggestions need the whole list).
 */
export function commandsFor(argv: readonly string[]): readonly string[] {
  const named = COMMANDS.find(([name]) => name === argv[2]);
  return named ? [named[0]] : COMMANDS.map(([name]) => name);
}

export async function runCli(
  argv: readonly string[],
  io: CliIo & { exitCode(): number } = createProcessIo(),
): Promise<number> {
  const program = new Command('corridor')
    .description('Plan and simulate multimodal freight corridors out of Inner Mongolia')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  const wanted = new Set(commandsFor(argv));
  const registers = await Promise.all(
    COMMANDS.filter(([name]) => wanted.has(name)).map(([, load]) => load()),
  );
  for (const register of registers) register(program, io);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode !== 0) io.fail(2);
    } else if (error instanceof CorridorError) {
      io.err(`corridor: ${error.message}`);
      for (const issue of error.issues) io.err(`  ${formatIssue(issue)}`);
      io.fail(error.code === 'QUERY_INVALID' || error.code === 'PLACE_NOT_FOUND' ? 2 : 1);
    } else {
      throw error;
    }
  }
  return io.exitCode();
}
