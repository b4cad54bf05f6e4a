/**
 * A lane matrix as CSV (RFC 4180: comma-separated, CRLF-free lines, quoted when a field holds a comma,
 * quote or newline): one row per pair with the places as given, for spreadsheets and rate sheets.
 */
import type { MatrixCell } from '../contract/index.ts';
/** The matrix as CSV text with a header line; `origins`/`destinations` label the pair indices. */
export declare function matrixToCsv(origins: readonly string[], destinations: readonly string[], cells: readonly MatrixCell[]): string;
/**
 * Places from a list file: one per line, the first CSV column; blank lines, `#` comments and a
 * header line ("origin", "destination", "place", "from" or "to") are skipped.
 */
export declare function placesFromListFile(text: string): string[];
//# sourceMappingURL=matrix-csv.d.ts.map