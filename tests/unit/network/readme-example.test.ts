/** Every YAML block in networks/README.md is a whole network file; together they must form a valid network. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NETWORK_FILES } from '../../../src/model/index.ts';
import { fileKind, formatIssue, parseNetwork } from '../../../src/network/index.ts';

const README = readFileSync(
  fileURLToPath(new URL('../../../networks/README.md', import.meta.url)),
  'utf8',
);
const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('networks/README.md worked example', () => {
  it('has a YAML block for each of the seven files', () => {
    const names = blocks.map((b) => /^# file: (\S+)/.exec(b)?.[1]);
    expect(names).toEqual([
      'network.yaml',
      'sources.yaml',
      'terminals.yaml',
      'services.yaml',
      'borders.yaml',
      'emissions.yaml',
      'customs.yaml',
    ]);
  });

  for (const block of blocks) {
    const name = /^# file: (\S+)/.exec(block)?.[1] ?? '(unnamed block)';
    it(`${name} matches its schema`, () => {
      const kind = fileKind(name);
      expect(kind, `${name} is not a network file name`).toBeDefined();
      const result = NETWORK_FILES[kind!].safeParse(parse(block));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    });
  }

  it('loads as a network with no error and no warning', () => {
    const files = blocks.map((text) => ({ name: /^# file: (\S+)/.exec(text)![1]!, text }));
    const { network, issues } = parseNetwork(files);
    expect(issues.map(formatIssue)).toEqual([]);
    expect([...network!.services.keys()]).toEqual([
      'manzhouli-chita-train',
      'manzhouli-chita-train-return',
    ]);
  });
});
