/**
 * The `corridor` command. Each sub-command lives in commands/<name>.ts as `register<Name>(program, io)`
 * and is listed in COMMANDS below. runCli returns the exit code instead of exiting, so tests call it
 * in-process with a memory io.
 */
import { Command, CommanderError } from 'commander';
import { CorridorError, formatIssue } from '../model/index.ts';
import { createProcessIo, type CliIo } from './io.ts';
import { registerServe } from './commands/serve.ts';
import { registerValidate } from './commands/validate.ts';
import { registerValidateFigures } from './commands/validate-figures.ts';
import { registerInfo } from './commands/info.ts';
import { registerExport } from './commands/export.ts';
import { registerRoute } from './commands/route.ts';
import { registerCompare } from './commands/compare.ts';
import { registerMatrix } from './commands/matrix.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerExperiment } from './commands/experiment.ts';
import { registerMerge } from './commands/merge.ts';
import { registerWorker } from './commands/worker.ts';

type Register = (program: Command, io: CliIo) => void;

/** Sub-commands in the order `corridor --help` lists them. */
const COMMANDS: Register[] = [
  registerServe,
  registerValidate,
  registerValidateFigures,
  registerInfo,
  registerExport,
  registerRoute,
  registerCompare,
  registerMatrix,
  registerSimulate,
  registerExperiment,
  registerMerge,
  registerWorker,
];

export async function runCli(
  argv: readonly string[],
  io: CliIo & { exitCode(): number } = createProcessIo(),
): Promise<number> {
  const program = new Command('corridor')
    .description('Plan and simulate multimodal freight corridors out of Inner Mongolia')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  for (const register of COMMANDS) register(program, io);
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
