/** The mini-corridor fixture as in-memory texts, and edits that break it one way at a time. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NetworkFileText } from '../../../src/network/index.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/mini-corridor/', import.meta.url));

export function fixtureTexts(): NetworkFileText[] {
  return readdirSync(FIXTURE_DIR)
    .sort()
    .map((name) => ({ name, text: readFileSync(FIXTURE_DIR + name, 'utf8') }));
}

/** Replaces `from` by `to` in one file; throws when `from` is not found exactly once, so a fixture change cannot make a test vacuous. */
export function edit(
  files: NetworkFileText[],
  name: string,
  from: string,
  to: string,
): NetworkFileText[] {
  return files.map((f) => {
    if (f.name !== name) return f;
    const count = f.text.split(from).length - 1;
    if (count !== 1) throw new Error(`edit: "${from}" occurs ${count} times in ${name}`);
    return { name, text: f.text.replace(from, to) };
  });
}

/** 1-based line of the first line containing `needle` in a file's text. */
export function lineOf(files: NetworkFileText[], name: string, needle: string, after = 0): number {
  const lines = files.find((f) => f.name === name)!.text.split('\n');
  const i = lines.findIndex((l, n) => n >= after && l.includes(needle));
  if (i < 0) throw new Error(`lineOf: "${needle}" not in ${name}`);
  return i + 1;
}
