/**
 * Profiles from an uploaded CSV: the column named profile_id, id or email (in that order of
 * preference) when the first row names one, else the first column. Quotes ("a ""b""", fields
 * over several lines), a byte-order mark, and `,`, `;` or tab as separator are understood.
 */

/** Files above this are refused before they are read. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Header names that mark the column of profiles, most specific first (compared without case, spaces, `_` or `-`). */
const ID_COLUMNS = ['profileid', 'id', 'email', 'emailaddress'] as const;

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvProfiles {
  /** Each profile once, in file order. */
  ids: string[];
  /** Non-empty cells read from the column (the header excluded). */
  read: number;
  /** Cells that repeated an earlier one: `read - ids.length`. */
  duplicates: number;
  /** The header of the column read, when the first row named it. */
  column: string | null;
}

/** The separator the first line uses most, outside quotes; a comma when it uses none. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as CsvSeparator] += 1;
  }
  const best = (Object.keys(counts) as CsvSeparator[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

/** RFC 4180 rows: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF or CR end a row. */
export function parseCsvRows(text: string, separator: CsvSeparator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (char === separator) endField();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const headerKey = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

export function readCsvProfiles(source: string): CsvProfiles {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const rows = parseCsvRows(text);
  const header = rows[0]?.map(headerKey) ?? [];
  const named = ID_COLUMNS.map((name) => header.indexOf(name)).find((index) => index >= 0);
  const column = named ?? 0;
  const body = named === undefined ? rows : rows.slice(1);
  const seen = new Set<string>();
  let read = 0;
  for (const row of body) {
    const cell = row[column]?.trim() ?? '';
    if (cell === '') continue;
    read += 1;
    seen.add(cell);
  }
  return {
    ids: [...seen],
    read,
    duplicates: read - seen.size,
    column: named === undefined ? null : rows[0]![named]!.trim(),
  };
}

export type CsvRead =
  | { ok: true; file: string; profiles: CsvProfiles }
  | { ok: false; file: string; problem: 'tooLarge' | 'empty' | 'unreadable' };

/** Reads an uploaded file, refusing one over MAX_CSV_BYTES before reading it. */
export async function readCsvFile(file: Blob & { name: string }): Promise<CsvRead> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, file: file.name, problem: 'tooLarge' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, file: file.name, problem: 'unreadable' };
  }
  const profiles = readCsvProfiles(text);
  if (profiles.ids.length === 0) return { ok: false, file: file.name, problem: 'empty' };
  return { ok: true, file: file.name, profiles };
}
