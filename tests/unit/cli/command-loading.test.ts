/**
 * The CLI loads only the command its arguments name (src/cli/main.ts): what it prints must not depend
 * on that, so the program's help, `help <command>` and an unknown command still see every command.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../../src/cli/io.ts';
import { commandsFor, runCli } from '../../../src/cli/main.ts';

const ALL = [
  'serve',
  'validate',
  'validate-figures',
  'info',
  'export',
  'route',
  'compare',
  'matrix',
  'simulate',
  'calibrate',
  'experiment',
  'merge',
  'worker',
];

async function run(...args: string[]) {
  const io = createMemoryIo();
  const code = await runCli(['node', 'corridor', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('which commands the CLI loads', () => {
  it('loads only the command named first, and every command otherwise', () => {
    expect(commandsFor(['node', 'corridor', 'route', '--from', 'x'])).toEqual(['route']);
    expect(commandsFor(['node', 'corridor', 'validate-figures'])).toEqual(['validate-figures']);
    for (const args of [[], ['--help'], ['help', 'route'], ['rout'], ['--from', 'route']]) {
      expect(commandsFor(['node', 'corridor', ...args])).toEqual(ALL);
    }
  });

  it('lists every command in the program help, in order', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    const listed = [...out.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1]);
    expect(listed).toEqual([...ALL, 'help']);
  });

  it('prints a command help through `help <command>` and `<command> --help` alike', async () => {
    const viaHelp = await run('help', 'route');
    const viaFlag = await run('route', '--help');
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.out).toMatch(/^Usage: corridor route \[options\]/);
    expect(viaHelp.out).toBe(viaFlag.out);
  });

  it('suggests the nearest command for a misspelt one', async () => {
    const { code, err } = await run('rout');
    expect(code).toBe(2);
    expect(err).toContain("unknown command 'rout'");
    expect(err).toContain('Did you mean route?');
  });
});
