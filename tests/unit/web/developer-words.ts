/** Words and marks of a developer, never of a planner's message: field paths, zod and JS wording, status codes. */
export const DEVELOPER =
  /\bbody\b|\bshipment\.|\bconstraints\.|\b[a-z]+_[a-z_]+\b|TypeError|Failed to fetch|Too small|expected|Invalid input|schema|JSON|urn:|(?<![\d,.])\b[1-5]\d\d\b(?![,.]\d)|[{}<>]|undefined|null/;
