import { drawName, misspell, personName, toneMarkPair } from '../../src/synthetic/names';
import { Random } from '../../src/synthetic/random';
import { foldVietnamese } from '../../src/domain/vietnamese';

describe('synthetic names', () => {
  it('writes Kinh names family name first with a middle name by sex', () => {
    const random = new Random(5);
    const girls = Array.from({ length: 200 }, () => personName(random, 'FEMALE', 'Kinh'));
    expect(girls.every((name) => name.split(' ').length >= 3)).toBe(true);
    expect(girls.filter((name) => name.split(' ')[1] === 'Thị').length).toBeGreaterThan(10);
    const families = girls.map((name) => name.split(' ')[0]);
    expect(families.filter((f) => f === 'Nguyễn').length).toBeGreaterThan(families.filter((f) => f === 'Trần').length);
  });

  it('misspells the way agency exports do', () => {
    const random = new Random(1);
    expect(misspell(random, 'Nguyễn Thị Đào', 'NO_DIACRITICS')).toBe('Nguyen Thi Dao');
    expect(misspell(random, 'Nguyễn Thị Đào', 'SWAPPED_ORDER')).toBe('Thị Đào Nguyễn');
    expect(misspell(random, 'Nguyễn Thị Đào', 'MIDDLE_DROPPED')).toBe('Nguyễn Đào');
    expect(misspell(random, 'Hoàng Văn Nam', 'REGIONAL_SPELLING')).toBe('Huỳnh Văn Nam');
    expect(misspell(random, 'Võ Thị Lan', 'REGIONAL_SPELLING')).toBe('Vũ Thị Lan');
    const typo = misspell(random, 'Nguyễn Thị Phương', 'TYPO');
    expect(typo).not.toBe('Nguyễn Thị Phương');
    expect(foldVietnamese(typo).split('').sort()).toEqual(foldVietnamese('Nguyễn Thị Phương').split('').sort());
  });

  it('never gives a child a given name the family has taken, and pairs given names a tone mark apart', () => {
    const random = new Random(3);
    for (let i = 0; i < 200; i++) {
      expect(['Bảo', 'Minh', 'An'].includes(drawName(random, 'MALE', 'Kinh', 'Lê', ['Bảo', 'Minh', 'An']).given)).toBe(false);
      // A minority list exhausted by the family falls back on Kinh given names.
      expect(['Khiêm', 'Thịnh', 'Lực', 'Bình'].includes(drawName(random, 'MALE', 'Mường', 'Bùi', ['Khiêm', 'Thịnh', 'Lực', 'Bình']).given)).toBe(false);
      const [a, b] = toneMarkPair(random, i % 2 ? 'MALE' : 'FEMALE', ['Tâm'])!;
      expect(a).not.toBe('Tâm');
      expect(a).not.toBe(b);
      expect(foldVietnamese(a)).toBe(foldVietnamese(b));
    }
  });
});
