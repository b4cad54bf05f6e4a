// Whether dist/ is older than src/: a checkout, pull or edit after the last `npm run build` would
// otherwise run the old compiled code against the new networks and answer with yesterday's model.
// `npm run build` writes dist/.built when it finishes; any file under src/ modified after it makes
// the build stale. An installed package without src/ is never stale.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT_STAMP = '.built';

/** The newest modification time (ms) of the files below `dir`, or 0 when there are none. */
function newestMtimeMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtimeMs(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** 'fresh', 'stale' (src/ changed after the last build) or 'unbuilt' (no build stamp). */
export function buildState(root) {
  let src;
  try {
    src = newestMtimeMs(join(root, 'src'));
  } catch {
    return 'fresh'; // no src/: an installed package runs what it shipped
  }
  let built;
  try {
    built = statSync(join(root, 'dist', BUILT_STAMP)).mtimeMs;
  } catch {
    return 'unbuilt';
  }
  return src > built ? 'stale' : 'fresh';
}
