import { parseNotice } from './parse-notice';

describe('parseNotice', () => {
  it("reads the API's own JSON", () => {
    expect(parseNotice('{"source":"国办发明电〔2026〕1号","rest":["2027-01-01"],"work":["2027-02-07"]}', 2027)).toEqual(
      {
        notice: { source: '国办发明电〔2026〕1号', rest: ['2027-01-01'], work: ['2027-02-07'] },
        errors: [],
      },
    );
  });

  it("reads the year out of the shipped calendar's JSON, and says when the year is not in it", () => {
    const shipped = '{"2027": {"rest": ["2027-01-01"], "work": []}}';
    expect(parseNotice(shipped, 2027).notice).toEqual({ source: undefined, rest: ['2027-01-01'], work: [] });
    expect(parseNotice(shipped, 2028).errors).toEqual([{ key: 'admin.calendar.parse.noYear', values: { year: 2028 } }]);
  });

  it('reads CSV a day a line, in English or Chinese words, with a header and comments', () => {
    const csv = 'date,kind\n# 元旦\n2027-01-01,rest\n2027-02-07,班\n2027-02-08,休\n';
    expect(parseNotice(csv, 2027).notice).toEqual({ rest: ['2027-01-01', '2027-02-08'], work: ['2027-02-07'] });
  });

  it('names the line and the value of every slip', () => {
    expect(parseNotice('2027-01-01,rest\n2027-13-01,rest\n2027-02-07,maybe', 2027).errors).toEqual([
      { key: 'admin.calendar.parse.csvDate', values: { line: 2, value: '2027-13-01' } },
      { key: 'admin.calendar.parse.csvKind', values: { line: 3, value: 'maybe' } },
    ]);
    expect(parseNotice('{"rest": ["1 Jan"]}', 2027).errors).toEqual([
      { key: 'admin.calendar.parse.date', values: { field: 'rest[0]', value: '1 Jan' } },
    ]);
    expect(parseNotice('{ not json', 2027).errors).toEqual([{ key: 'admin.calendar.parse.json' }]);
    expect(parseNotice('  ', 2027).errors).toEqual([{ key: 'admin.calendar.parse.empty' }]);
  });
});
