import { matchFieldErrors } from './problem';

const FORM_FIELDS = [
  ['officeId'],
  ['requester', 'idNumber'],
  ['patent', 'number'],
  ['claims'],
  ['evidence'],
  ['missingItems', 0],
];

describe('matching field errors to form fields', () => {
  it('puts a dotted path on the field of the same name', () => {
    const { fields, unmatched } = matchFieldErrors(
      [{ field: 'requester.idNumber', message: 'wrong check digit' }],
      FORM_FIELDS,
    );
    expect(fields).toEqual([{ name: ['requester', 'idNumber'], errors: ['wrong check digit'] }]);
    expect(unmatched).toEqual([]);
  });

  it('puts an indexed path on the list field that holds it, keeping numeric indexes', () => {
    const { fields } = matchFieldErrors(
      [
        { field: 'claims[1]', message: 'no such claim' },
        { field: 'missingItems[0]', message: 'empty' },
      ],
      FORM_FIELDS,
    );
    expect(fields).toEqual([
      { name: ['claims'], errors: ['no such claim'] },
      { name: ['missingItems', 0], errors: ['empty'] },
    ]);
  });

  it('gathers several messages for one field', () => {
    const { fields } = matchFieldErrors(
      [
        { field: 'evidence', message: 'a.pdf is not a PDF' },
        { field: 'evidence[2]', message: 'c.png is too large' },
      ],
      FORM_FIELDS,
    );
    expect(fields).toEqual([{ name: ['evidence'], errors: ['a.pdf is not a PDF', 'c.png is too large'] }]);
  });

  it('returns what fits no field', () => {
    const { fields, unmatched } = matchFieldErrors([{ field: 'respondent.name', message: 'required' }], FORM_FIELDS);
    expect(fields).toEqual([]);
    expect(unmatched).toEqual([{ field: 'respondent.name', message: 'required' }]);
  });
});
