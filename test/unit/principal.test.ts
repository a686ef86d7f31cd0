import { formatJurisdiction, parseJurisdiction, type Jurisdiction } from '../../src/auth/principal';

describe('parseJurisdiction', () => {
  it.each<[string, Jurisdiction]>([
    ['national', { kind: 'national' }],
    ['province:01', { kind: 'province', code: '01' }],
    ['commune:01001', { kind: 'commune', code: '01001' }],
  ])('parses %s and formats it back', (value, expected) => {
    expect(parseJurisdiction(value)).toEqual(expected);
    expect(formatJurisdiction(expected)).toBe(value);
  });

  it.each([
    'province:1',
    'province:001',
    'commune:123',
    'commune:010011',
    'district:01',
    'province:',
    'province:ab',
    'National',
    ' national',
    'province:01 ',
    '',
  ])('rejects %p', (value) => {
    expect(parseJurisdiction(value)).toBeNull();
  });
});
