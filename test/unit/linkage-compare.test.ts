import { compareNames, withinOneEdit } from '../../src/linkage/compare-names';
import { compareIdentities } from '../../src/linkage/compare';
import { nameTokens, normaliseIdentity, type LinkIdentity } from '../../src/linkage/normalise';

const level = (a: string, b: string) => compareNames(nameTokens(a), nameTokens(b));

describe('name comparison', () => {
  it.each([
    ['Nguyễn Thị Đào', 'NGUYEN  thi dao', 'EXACT'],
    ['Rơ Mah Nga', 'Rơmah Nga', 'EXACT'],
    ['Nguyễn Văn An', 'Văn An Nguyễn', 'REORDERED'],
    ['Nguyễn Văn Khang', 'Nguyễn Khang', 'ONE_DROPPED'],
    ['Nguyễn Văn Khang', 'Nguyễn Văn Khnag', 'ONE_TYPO'],
    ['Nguyễn Văn Khang', 'Nguyễn Khnag', 'TYPO_AND_DROPPED'],
    ['Nguyễn Văn An', 'Nguyễn Văn Nam', 'PARTIAL'],
    ['Nguyễn Văn Minh', 'Nguyễn Văn Linh', 'ONE_TYPO'],
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
    expect(namesake.motherName.level).toBe('PARTIAL');
    expect(same.score).toBeGreaterThan(namesake.score + 10);
  });
});
