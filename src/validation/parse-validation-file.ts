/**
 * Reads the text of a validation file (YAML or JSON) into cases, with every problem at once as
 * `validation.yaml:LINE path: message`: syntax, shape (strict schema), duplicate ids and source ids
 * that sources.yaml does not list. No file access: the caller passes the text.
 */
import type { z } from 'zod';
import type { Issue } from '../model/index.ts';
import { issueAt, parseFile } from '../network/index.ts';
import { caseSources, ValidationFile } from './validation-file.schema.ts';

export interface ParsedValidation {
  /** undefined when there is an error */
  file?: ValidationFile;
  issues: Issue[];
}

function describe(issue: z.core.$ZodIssue): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
  if (missing) return `required field is missing (expected ${missing[1]})`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

export function parseValidationFile(
  name: string,
  text: string,
  sourceIds: ReadonlySet<string>,
): ParsedValidation {
  const { file, issues } = parseFile(name, text);
  if (file.data === undefined) return { issues };
  const error = (path: (string | number)[], message: string): Issue => issueAt(file, path, message);
  const result = ValidationFile.safeParse(file.data);
  if (!result.success)
    return {
      issues: result.error.issues.map((i) => error(i.path as (string | number)[], describe(i))),
    };
  const seen = new Map<string, number>();
  result.data.cases.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined)
      issues.push(error(['cases', i, 'id'], `duplicate id "${c.id}" (also cases[${first}])`));
    else seen.set(c.id, i);
    caseSources(c).forEach((id, k) => {
      if (!sourceIds.has(id))
        issues.push(
          error(
            typeof c.source === 'string' ? ['cases', i, 'source'] : ['cases', i, 'source', k],
            `unknown source "${id}": add it to sources.yaml`,
          ),
        );
    });
  });
  return issues.length > 0 ? { issues } : { file: result.data, issues };
}
