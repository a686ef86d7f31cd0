import { linkablePersonalId } from '../../src/domain/personal-id';
import { normaliseIdentity } from '../../src/linkage/normalise';
import { FieldError, parsePersonalIdFor, personalIdMismatch } from '../../src/records/fields';
import { rowReader } from '../../src/records/row-reader';

const boy2015 = '001215000101';
const row = (personalId: string, sex: 'MALE' | 'FEMALE', birthDate: string) => ({ personalId, sex, birthDate: new Date(birthDate) });

describe('a personal ID that contradicts its record', () => {
  it('is no linkage evidence, while a matching one is', () => {
    expect(linkablePersonalId(boy2015, 'MALE', 2015)).toBe(boy2015);
    expect(linkablePersonalId(boy2015, 'FEMALE', 2015)).toBeNull();
    expect(linkablePersonalId(boy2015, 'MALE', 2016)).toBeNull();
    expect(linkablePersonalId('00121500010A', 'MALE', 2015)).toBeNull();
    expect(linkablePersonalId(null, 'MALE', 2015)).toBeNull();
    const identity = { fullName: 'Mai Thị Oanh', birthDate: new Date('2015-03-05'), communeCode: '00070', motherName: null, personalId: boy2015 };
    expect(normaliseIdentity({ ...identity, sex: 'FEMALE' }).personalId).toBeNull();
    expect(normaliseIdentity({ ...identity, sex: 'MALE' }).personalId).toBe(boy2015);
  });

  it('is read as given, with a warning naming each contradiction; a malformed number is still refused', () => {
    const cells = { fullName: 'Mai Thị Oanh', birthDate: '05/03/2016', sex: 'Nữ', personalId: boy2015, communeCode: '00070' };
    const reader = rowReader(cells);
    expect(reader.childIdentity().personalId).toBe(boy2015);
    expect(reader.errors).toEqual([]);
    expect(personalIdMismatch(row(boy2015, 'FEMALE', '2016-03-05'))?.message).toBe(
      'personal ID 001215000101 is for a male person, but the row says female and says born in 2015, but the row says 2016; imported and flagged IDENTITY_MISMATCH, linked by the other fields (not by this number)',
    );
    expect(personalIdMismatch(row(boy2015, 'MALE', '2015-12-31'))).toBeNull();
    expect(personalIdMismatch({ personalId: null, sex: 'MALE', birthDate: new Date() })).toBeNull();
    expect(() => parsePersonalIdFor('12345', 'personalId')).toThrow(FieldError);
  });
});
