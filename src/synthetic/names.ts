import type { Random } from './random';

/** Family names with their approximate share of the population (most common first). */
const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4.1], ['Huỳnh', 2], ['Phan', 4.5],
  ['Vũ', 3.9], ['Võ', 2], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.6], ['Lương', 0.4], ['Trịnh', 0.4], ['Mai', 0.3],
];
const MIDDLE_NAMES = { MALE: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Gia'], FEMALE: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Phương', 'Bảo', 'Khánh'] };
const GIVEN_NAMES = {
  MALE: ['An', 'Bảo', 'Minh', 'Huy', 'Khang', 'Phúc', 'Nam', 'Long', 'Dũng', 'Hoàng', 'Tuấn', 'Đạt', 'Khoa', 'Quân', 'Sơn'],
  FEMALE: ['Anh', 'Linh', 'Ngọc', 'Trang', 'Hà', 'Mai', 'Lan', 'Thảo', 'Vy', 'Hương', 'Nhi', 'Yến', 'Châu', 'Đào', 'My'],
};

export type Sex = 'MALE' | 'FEMALE';

export function vietnameseName(random: Random, sex: Sex, familyName?: string): string {
  const family = familyName ?? random.weighted(FAMILY_NAMES.map(([n]) => n), FAMILY_NAMES.map(([, w]) => w));
  return `${family} ${random.pick(MIDDLE_NAMES[sex])} ${random.pick(GIVEN_NAMES[sex])}`;
}

export const familyNameOf = (fullName: string): string => fullName.split(' ')[0];
