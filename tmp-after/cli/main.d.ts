import { type CliIo } from './io.ts';
/**
 * The commands to register for these arguments: only the named one when the first argument names a
 * command (what it parses, prints and reports is the same either way), else all of them (the
 * program's help, `help <command>`, an unknown command and its suggestions need the whole list).
 */
export declare function commandsFor(argv: readonly string[]): readonly string[];
export declare function runCli(argv: readonly string[], io?: CliIo & {
    exitCode(): number;
}): Promise<number>;
//# sourceMappingURL=main.d.ts.map