import { compareNames, withinOneEdit } from '../../src/linkage/compare-names';
import { compareIdentities } from '../../src/linkage/compare';
import { LINKAGE_THRESHOLDS } from '../../src/linkage/config';
import { nameForm, normaliseIdentity, type LinkIdentity } from '../../src/linkage/normalise';

const level = (a: string, b: string) => compareNames(nameForm(a), nameForm(b));

describe('name comparison', () => {
  it.each([
    ['Nguyễn Thị Đào', 'NGUYỄN  thị đào', 'EXACT'],
    ['Nguyễn Thị Đào', 'NGUYEN  thi dao', 'FOLDED'],
    ['Rơ Mah Nga', 'Rơmah Nga', 'EXACT'],
    ['Hoàng Văn Nam', 'Huỳnh Văn Nam', 'ONE_TYPO'],
    ['Vũ Thị Lan', 'Võ Thị Lan', 'ONE_TYPO'],
    ['Lê Văn Tám', 'Lê Văn Tâm', 'TONE_DIFFERS'],
    ['Lê Văn Tám', 'Văn Tâm Lê', 'TONE_DIFFERS'],
    ['Lê Văn Tám', 'Le Van Tam', 'FOLDED'],
    ['Nguyễn Văn An', 'Nguyễn Văn Bình', 'GIVEN_DIFFERS'],
    ['Nguyễn An', 'Nguyễn Văn Bình', 'GIVEN_DIFFERS'],
    ['Nguyễn Văn Minh', 'Nguyễn Văn Linh', 'GIVEN_DIFFERS'],
    ['Nguyễn Văn An', 'Nguyễn Đức An', 'PARTIAL'],
    ['Nguyễn Văn An', 'Văn An Nguyễn', 'REORDERED'],
    ['Nguyễn Văn Khang', 'Nguyễn Khang', 'ONE_DROPPED'],
    ['Nguyễn Văn Khang', 'Nguyễn Văn Khnag', 'ONE_TYPO'],
    ['Nguyễn Văn Khang', 'Nguyễn Khnag', 'TYPO_AND_DROPPED'],
    ['Nguyễn Văn An', 'Nguyễn Văn Nam', 'GIVEN_DIFFERS'],
    ['Lò Văn Panh', 'Giàng A Páo', 'DISAGREE'],
  ])('%s / %s: %s', (a, b, expected) => expect(level(a, b)).toBe(expected));

  it('treats one edit in words of three letters or more as a typo, not in shorter words', () => {
    expect(withinOneEdit('khang', 'khnag')).toBe(true);
    expect(withinOneEdit('linh', 'lin')).toBe(true);
    expect(withinOneEdit('an', 'am')).toBe(false);
    expect(withinOneEdit('khang', 'kahgn')).toBe(false);
  });
});

describe('identity comparison', () => {
  const child: LinkIdentity = { personalId: null, fullName: 'Trần Thị Mai', birthDate: new Date('2018-03-07'), sex: 'FEMALE', communeCode: '00004', motherName: 'Lê Thị Hoa' };
  it('scores a transposed day and month, a typo and a namesake with another mother', () => {
    const master = normaliseIdentity(child);
    expect(compareIdentities(normaliseIdentity({ ...child, birthDate: new Date('2018-07-03') }), master).birthDate.level).toBe('TRANSPOSED');
    expect(compareIdentities(normaliseIdentity({ ...child, birthDate: new Date('2018-03-09') }), master).birthDate.level).toBe('NEAR');
    const namesake = compareIdentities(normaliseIdentity({ ...child, communeCode: '00008', motherName: 'Phạm Thị Lan' }), master);
    const same = compareIdentities(normaliseIdentity({ ...child, fullName: 'Tran Thi Mia' }), master);
    expect(namesake.motherName.level).toBe('DISAGREE');
    expect(same.score).toBeGreaterThan(namesake.score + 10);
  });

  it('keeps twins apart: another given name, everything else equal, is below the lower threshold', () => {
    const master = normaliseIdentity(child);
    const twin = compareIdentities(normaliseIdentity({ ...child, fullName: 'Trần Thị Lan' }), master);
    expect(twin.name.level).toBe('GIVEN_DIFFERS');
    expect(twin.score).toBeLessThan(LINKAGE_THRESHOLDS.lower);
  });

  it('weighs tone marks: Tám and Tâm with other mothers are two children, a name without diacritics is not evidence', () => {
    const tam: LinkIdentity = { ...child, fullName: 'Lê Văn Tám', sex: 'MALE', motherName: 'Đỗ Thị Hà' };
    const master = normaliseIdentity(tam);
    expect(compareIdentities(normaliseIdentity({ ...tam, fullName: 'Lê Văn Tâm', motherName: 'Vũ Thị Hạnh' }), master).score).toBeLessThan(LINKAGE_THRESHOLDS.lower);
    expect(compareIdentities(normaliseIdentity({ ...tam, fullName: 'Le Van Tam', motherName: 'Do Thi Ha' }), master).score).toBeGreaterThanOrEqual(LINKAGE_THRESHOLDS.upper);
    expect(compareIdentities(normaliseIdentity({ ...tam, motherName: 'Đỗ Thị Hạ' }), master).motherName.level).toBe('DISAGREE');
  });
});
