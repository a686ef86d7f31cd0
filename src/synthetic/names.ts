import type { Random } from './random';

export type Sex = 'MALE' | 'FEMALE';

/**
 * Kinh family names with their approximate share of the population, most common first
 * (Nguyễn ~38%, Trần ~11%, Lê ~9.5%, Phạm ~7%, Hoàng/Huỳnh ~5%, …).
 */
const KINH_FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3.1], ['Huỳnh', 2], ['Phan', 4.5],
  ['Vũ', 2.4], ['Võ', 1.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1],
  ['Lý', 0.5], ['Đinh', 0.6], ['Lương', 0.4], ['Trịnh', 0.4], ['Mai', 0.3], ['Cao', 0.3], ['Tạ', 0.2],
  ['Đoàn', 0.3], ['Lâm', 0.2], ['Tô', 0.2], ['Châu', 0.1], ['Kiều', 0.1], ['Thái', 0.1],
];
const KINH_MIDDLE = {
  MALE: ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Gia', 'Công', 'Tuấn', 'Anh', 'Hoàng'],
  FEMALE: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Phương', 'Bảo', 'Khánh', 'Minh', 'Hồng', 'Mỹ', 'Kim'],
};
const KINH_GIVEN = {
  MALE: ['An', 'Bảo', 'Minh', 'Huy', 'Khang', 'Phúc', 'Nam', 'Long', 'Dũng', 'Hoàng', 'Tuấn', 'Đạt', 'Khoa', 'Quân', 'Sơn', 'Kiên', 'Hiếu', 'Thắng', 'Trung', 'Vinh', 'Duy', 'Lâm', 'Nhật', 'Đăng', 'Hải', 'Tùng', 'Phát', 'Thịnh', 'Khôi', 'Nguyên'],
  FEMALE: ['Anh', 'Linh', 'Ngọc', 'Trang', 'Hà', 'Mai', 'Lan', 'Thảo', 'Vy', 'Hương', 'Nhi', 'Yến', 'Châu', 'Đào', 'My', 'Hân', 'Trâm', 'Quỳnh', 'Giang', 'Hằng', 'Nhung', 'Thư', 'Uyên', 'Phương', 'Diệp', 'Ngân', 'Tâm', 'Vân', 'Hoa', 'Huyền'],
};

/** Family names and name patterns of the larger ethnic minorities (simplified). */
const MINORITY_NAMES: Record<string, { family: readonly string[]; middle: Record<Sex, readonly string[]>; given: Record<Sex, readonly string[]> }> = {
  'Tày': { family: ['Nông', 'Hoàng', 'Lục', 'Hà', 'Ma', 'Lường', 'Triệu'], middle: { MALE: ['Văn', 'Đức'], FEMALE: ['Thị'] }, given: { MALE: ['Pằn', 'Thắng', 'Sinh', 'Quyết', 'Lợi'], FEMALE: ['Nhung', 'Hoa', 'Thơm', 'Xuân', 'Hiền'] } },
  'Thái': { family: ['Lò', 'Cầm', 'Quàng', 'Lường', 'Vi', 'Tòng'], middle: { MALE: ['Văn'], FEMALE: ['Thị'] }, given: { MALE: ['Panh', 'Chung', 'Pọm', 'Xuân', 'Ớn'], FEMALE: ['Ỉn', 'Biên', 'Xoan', 'Ánh', 'Lả'] } },
  "H'Mông": { family: ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Mua', 'Lý', 'Hờ'], middle: { MALE: ['A', 'Seo', 'Mí'], FEMALE: ['Thị', 'Mỷ'] }, given: { MALE: ['Páo', 'Chứ', 'Sính', 'Dế', 'Tủa'], FEMALE: ['Mỷ', 'Dợ', 'Pàng', 'Sua', 'Chở'] } },
  'Mường': { family: ['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa'], middle: { MALE: ['Văn'], FEMALE: ['Thị'] }, given: { MALE: ['Khiêm', 'Thịnh', 'Lực', 'Bình'], FEMALE: ['Lệ', 'Hồng', 'Nhàn', 'Thuận'] } },
  'Dao': { family: ['Triệu', 'Bàn', 'Lý', 'Đặng', 'Chảo'], middle: { MALE: ['Văn', 'Tà'], FEMALE: ['Thị', 'Mùi'] }, given: { MALE: ['Phin', 'Sài', 'Chàn', 'Quẩy'], FEMALE: ['Mẩy', 'Nái', 'Chòi', 'Duyên'] } },
  'Khmer': { family: ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Chau'], middle: { MALE: ['Văn', ''], FEMALE: ['Thị', ''] }, given: { MALE: ['Sa Rinh', 'Phol', 'Ri Da', 'Sóc'], FEMALE: ['Sa Ly', 'Chanh Thi', 'Sô Phia', 'Srây'] } },
  'Ê Đê': { family: ['Niê', 'Ayun', 'Mlô', 'Byă', 'Êban', 'Hđơk'], middle: { MALE: ['Y'], FEMALE: ['H'] }, given: { MALE: ['Bhin', 'Thuê', 'Khăp', 'Jim'], FEMALE: ['Rin', 'Blim', 'Yuôn', 'Nga'] } },
  'Gia Rai': { family: ['Rơ Mah', 'Siu', 'Kpă', 'Rah Lan', 'Ksor'], middle: { MALE: [''], FEMALE: [''] }, given: { MALE: ['Đinh', 'Blới', 'Hnuk', 'Tú'], FEMALE: ['H\'Nhi', 'Nga', 'Lan', 'Yên'] } },
};

export function familyName(random: Random, ethnicity: string): string {
  const group = MINORITY_NAMES[ethnicity];
  if (group) return random.pick(group.family);
  return random.weighted(KINH_FAMILY_NAMES.map(([n]) => n), KINH_FAMILY_NAMES.map(([, w]) => w));
}

/** A name in its parts; `middle` is empty in groups that have none. */
export interface PersonName {
  family: string;
  middle: string;
  given: string;
}

export const joinName = (name: PersonName): string => [name.family, name.middle, name.given].filter(Boolean).join(' ');

/**
 * A name's parts in the naming pattern of the ethnic group. `avoidGiven`: given names already
 * taken in the family (parents, brothers and sisters), which Vietnamese families do not reuse; a
 * minority list left empty by them falls back on Kinh given names, as many minority children have.
 */
export function drawName(random: Random, sex: Sex, ethnicity: string, family = familyName(random, ethnicity), avoidGiven: readonly string[] = []): PersonName {
  const group = MINORITY_NAMES[ethnicity];
  const middle = random.pick(group ? group.middle[sex] : KINH_MIDDLE[sex]);
  const names = group ? group.given[sex] : KINH_GIVEN[sex];
  if (avoidGiven.length === 0) return { family, middle, given: random.pick(names) };
  const allowed = names.filter((n) => !avoidGiven.includes(n));
  return { family, middle, given: random.pick(allowed.length ? allowed : KINH_GIVEN[sex].filter((n) => !avoidGiven.includes(n))) };
}

/** A full name, family name first, in the naming pattern of the child's ethnic group. */
export function personName(random: Random, sex: Sex, ethnicity: string, family = familyName(random, ethnicity)): string {
  return joinName(drawName(random, sex, ethnicity, family));
}

/**
 * Given names of one sex that differ from another real given name of that sex by one diacritic
 * (a tone or vowel mark) only: folded, the two are one name, so only the marks tell the children apart.
 */
const TONE_MARK_PAIRS: Record<Sex, readonly (readonly [string, string])[]> = {
  MALE: [['Tâm', 'Tám'], ['Tuấn', 'Tuân'], ['Thắng', 'Thăng'], ['Quang', 'Quảng'], ['Cường', 'Cương'], ['Toàn', 'Toản'], ['Vinh', 'Vĩnh'], ['Hùng', 'Hưng']],
  FEMALE: [['Hà', 'Hạ'], ['My', 'Mỹ'], ['Thúy', 'Thủy'], ['Hương', 'Hường'], ['Thu', 'Thư'], ['Yến', 'Yên']],
};

/** A pair of tone-mark lookalike given names, in random order, whose first is not in `avoidGiven`. */
export function toneMarkPair(random: Random, sex: Sex, avoidGiven: readonly string[]): readonly [string, string] | null {
  const pairs = TONE_MARK_PAIRS[sex].flatMap(([a, b]) => [[a, b], [b, a]] as const).filter(([first]) => !avoidGiven.includes(first));
  return pairs.length ? random.pick(pairs) : null;
}

/**
 * Family names written one way in the North and another in the South for the same family, from
 * the Nguyễn lords' naming taboos: Hoàng became Huỳnh (Nguyễn Hoàng), Vũ became Võ (Vũ vương).
 */
const REGIONAL_FAMILY_NAMES: ReadonlyMap<string, string> = new Map([['Hoàng', 'Huỳnh'], ['Huỳnh', 'Hoàng'], ['Vũ', 'Võ'], ['Võ', 'Vũ']]);

/** The family name as the other region writes it; undefined when both write it alike. */
export const regionalForm = (family: string): string | undefined => REGIONAL_FAMILY_NAMES.get(family);

/** Ways agency exports misspell a name. REGIONAL_SPELLING: the family name in the other region's form. */
export type NameVariant = 'NO_DIACRITICS' | 'TYPO' | 'SWAPPED_ORDER' | 'MIDDLE_DROPPED' | 'REGIONAL_SPELLING';

/** A name as another agency's export may spell it. */
export function misspell(random: Random, fullName: string, variant: NameVariant): string {
  const words = fullName.split(' ');
  switch (variant) {
    case 'NO_DIACRITICS':
      return fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    case 'SWAPPED_ORDER':
      return [...words.slice(1), words[0]].join(' ');
    case 'MIDDLE_DROPPED':
      return words.length > 2 ? [words[0], ...words.slice(2)].join(' ') : fullName;
    case 'REGIONAL_SPELLING':
      return [regionalForm(words[0]) ?? words[0], ...words.slice(1)].join(' ');
    case 'TYPO': {
      const target = words.length - 1;
      const word = words[target];
      if (word.length < 3) return fullName;
      const at = random.int(1, word.length - 2);
      words[target] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      return words.join(' ');
    }
  }
}
