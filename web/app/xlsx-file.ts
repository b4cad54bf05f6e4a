/**
 * A table as an XLSX workbook (write-excel-file, loaded only when a planner asks for one): the same
 * header and rows as the CSV, with numbers as numbers so Excel sums them, the header row bold and
 * frozen, and columns wide enough for their longest value.
 */
import type { Table } from '../view-model/csv.ts';

/** Excel column width in characters; a CJK character counts twice. */
function widthOf(value: unknown): number {
  let n = 0;
  for (const ch of String(value ?? '')) n += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

export async function xlsxFile(table: Table, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = table.map((row, r) =>
    row.map((v) => {
      if (v === null || v === undefined || v === '') return null;
      if (r === 0) return { value: String(v), fontWeight: 'bold' as const, wrap: true };
      if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
      return { value: String(v), type: String };
    }),
  );
  const cols = Math.max(0, ...table.map((row) => row.length));
  const columns = Array.from({ length: cols }, (_, c) => ({
    width: Math.min(60, Math.max(8, ...table.slice(1).map((row) => widthOf(row[c]) + 2))),
  }));
  // Excel allows 31 characters in a sheet name and none of : \ / ? * [ ]
  const name = sheet.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  return writeXlsxFile(data, { sheet: name, columns, stickyRowsCount: 1 }).toBlob();
}
