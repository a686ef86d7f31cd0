import { contradictsRecord, formatPersonalId, parsePersonalId } from '../../src/domain/personal-id';

describe('parsePersonalId', () => {
  it.each([
    ['001085123456', { provinceCode: '001', sex: 'MALE', birthYear: 1985, serial: '123456' }],
    ['079199000001', { provinceCode: '079', sex: 'FEMALE', birthYear: 1999, serial: '000001' }],
    ['031212000042', { provinceCode: '031', sex: 'MALE', birthYear: 2012, serial: '000042' }],
    ['001300999999', { provinceCode: '001', sex: 'FEMALE', birthYear: 2000, serial: '999999' }],
  ])('parses %s', (value, expected) => {
    expect(parsePersonalId(value)).toEqual(expected);
  });

  it.each([
    ['letters', '00108512345A'],
    ['11 digits', '00108512345'],
    ['13 digits', '0010851234567'],
    ['empty', ''],
    ['spaces', '001 085 123456'],
    ['unknown province 003', '003085123456'],
    ['unknown province 000', '000085123456'],
  ])('rejects %s', (_label, value) => {
    expect(parsePersonalId(value)).toBeNull();
  });

  it.each(['4', '5', '6', '7', '8', '9'])('rejects century/sex digit %s', (g) => {
    expect(parsePersonalId(`001${g}85123456`)).toBeNull();
  });
});

describe('formatPersonalId', () => {
  it.each([
    ['001', 'MALE', 1985, 123456],
    ['079', 'FEMALE', 1999, 1],
    ['031', 'MALE', 2012, 42],
    ['096', 'FEMALE', 2005, 7],
    ['001', 'MALE', 2000, 0],
  ] as const)('round-trips %s %s %i #%i through parsePersonalId', (province, sex, year, serial) => {
    const id = formatPersonalId(province, sex, year, serial);
    expect(id).toMatch(/^\d{12}$/);
    expect(parsePersonalId(id)).toEqual({ provinceCode: province, sex, birthYear: year, serial: String(serial).padStart(6, '0') });
  });
});

describe('contradictsRecord', () => {
  const id = formatPersonalId('001', 'FEMALE', 2015, 12); // 001315000012

  it('is false when sex and birth year agree', () => {
    expect(contradictsRecord(id, 'FEMALE', 2015)).toBe(false);
  });

  it('is true when sex or birth year disagree', () => {
    expect(contradictsRecord(id, 'MALE', 2015)).toBe(true);
    expect(contradictsRecord(id, 'FEMALE', 2016)).toBe(true);
    expect(contradictsRecord(id, 'FEMALE', 1915)).toBe(true);
  });

  it('is false for a malformed number (nothing to contradict)', () => {
    expect(contradictsRecord('not-a-number', 'MALE', 2015)).toBe(false);
    expect(contradictsRecord('003315000012', 'MALE', 2015)).toBe(false);
  });
});
