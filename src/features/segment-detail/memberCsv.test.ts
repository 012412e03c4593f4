import * as fc from 'fast-check';
import {
  detectSeparator,
  MAX_CSV_BYTES,
  parseCsvRows,
  readCsvFile,
  readCsvProfiles,
  type CsvSeparator,
} from './memberCsv';

/** A CSV writer as a spreadsheet would be: quotes a cell that holds a quote, a separator, a line break or edge spaces. */
function cell(value: string, forceQuotes: boolean): string {
  const needs = forceQuotes || /["\r\n,;\t]/.test(value) || value !== value.trim();
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

const HEADER_WORDS = new Set(['id', 'email', 'profileid', 'emailaddress']);
/** Ids as they come: letters, digits, emails, and now and then a quote, a comma or a semicolon inside. */
const idArb = fc
  .stringMatching(/^[A-Za-z0-9@._+"',; -]{1,16}$/)
  .map((id) => id.trim())
  .filter((id) => id !== '' && !HEADER_WORDS.has(id.toLowerCase().replace(/[\s_-]+/g, '')));

describe('readCsvProfiles', () => {
  it('reads back any list of ids written as CSV, each once, counting the duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(idArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom<CsvSeparator>(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.record({ bom: fc.boolean(), header: fc.boolean(), extraColumn: fc.boolean(), quoteAll: fc.boolean() }),
        (ids, separator, newline, { bom, header, extraColumn, quoteAll }) => {
          const line = (first: string, second: string) =>
            extraColumn ? `${cell(first, quoteAll)}${separator}${cell(second, quoteAll)}` : cell(first, quoteAll);
          const rows = ids.map((id, index) => line(id, `note ${index}; "x"`));
          const text = (bom ? '\uFEFF' : '') + [...(header ? [line('email', 'note')] : []), ...rows].join(newline);
          const read = readCsvProfiles(text);
          const unique = [...new Set(ids)];
          expect(read.ids).toEqual(unique);
          expect(read.read).toBe(ids.length);
          expect(read.duplicates).toBe(ids.length - unique.length);
          expect(read.column).toBe(header ? 'email' : null);
        },
      ),
    );
  });

  it('takes the column named profile_id, id or email, whatever its place and case', () => {
    const text = 'Name;Email;Profile_ID\nAnna;anna@example.com;p-1\nBoris;boris@example.com;p-2\n';
    expect(readCsvProfiles(text)).toEqual({ ids: ['p-1', 'p-2'], read: 2, duplicates: 0, column: 'Profile_ID' });
    expect(readCsvProfiles('name,E-mail\nAnna,anna@example.com\n').ids).toEqual(['anna@example.com']);
  });

  it('skips empty cells and lines, and keeps a quoted line break inside a cell', () => {
    expect(readCsvProfiles('\n a \n\n"b\nc",x\n"",y\n').ids).toEqual(['a', 'b\nc']);
  });
});

describe('detectSeparator and parseCsvRows', () => {
  it('picks the separator the first line uses most, outside quotes', () => {
    expect(detectSeparator('a;b;c\n1,2')).toBe(';');
    expect(detectSeparator('"a;b",c\n')).toBe(',');
    expect(detectSeparator('a\tb')).toBe('\t');
    expect(detectSeparator('single')).toBe(',');
  });

  it('splits rows on CR, LF and CRLF, and unescapes doubled quotes', () => {
    expect(parseCsvRows('a,"b ""q"""\r\nc,d\re,f')).toEqual([
      ['a', 'b "q"'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
});

describe('readCsvFile', () => {
  const file = (text: string, name = 'members.csv') => new File([text], name, { type: 'text/csv' });

  it('refuses a file over 5 MB without reading it', async () => {
    const big = file('x'.repeat(MAX_CSV_BYTES + 1), 'big.csv');
    const text = vi.spyOn(big, 'text');
    expect(await readCsvFile(big)).toEqual({ ok: false, file: 'big.csv', problem: 'tooLarge' });
    expect(text).not.toHaveBeenCalled();
  });

  it('says when a file has no profiles, and reads one that has', async () => {
    expect(await readCsvFile(file('email\n\n'))).toEqual({ ok: false, file: 'members.csv', problem: 'empty' });
    const read = await readCsvFile(file('\uFEFFid\n1\n2\n1\n'));
    expect(read).toEqual({
      ok: true,
      file: 'members.csv',
      profiles: { ids: ['1', '2'], read: 3, duplicates: 1, column: 'id' },
    });
  });
});
