/** Where a CLI command writes and how it reports its exit code; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** the highest code set wins: 0 ok, 1 failure (bad data, no route), 2 usage error */
  fail(code: number): void;
}

export function createProcessIo(): CliIo & { exitCode(): number } {
  let code = 0;
  return {
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    fail: (c) => void (code = Math.max(code, c)),
    exitCode: () => code,
  };
}

/** An io that keeps everything in memory, for tests. */
export function createMemoryIo(): CliIo & { stdout: string; stderr: string; exitCode(): number } {
  let code = 0;
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
    fail(c: number) {
      code = Math.max(code, c);
    },
    exitCode: () => code,
  };
  return io;
}
