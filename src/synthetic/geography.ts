/**
 * What the generator needs to know about each province beyond its code: which former provinces
 * (and so which personal-ID prefixes) it merged in 2025, its main ethnic minorities and their share
 * of children, and its poor / near-poor household rates. Shares are rounded from the 2019 census
 * and the 2022-2025 multidimensional poverty lists; they shape the data, they are not statistics.
 */
export interface ProvinceProfile {
  /** Personal-ID prefixes of the former provinces merged into this one (old codes, 3 digits). */
  legacyIdCodes: readonly string[];
  minorityShare: number;
  minorities: readonly string[];
  poorRate: number;
  nearPoorRate: number;
}

const profile = (legacy: number[], minorityShare: number, minorities: string[], poorRate: number, nearPoorRate: number): ProvinceProfile => ({
  legacyIdCodes: legacy.map((n) => String(n).padStart(3, '0')),
  minorityShare,
  minorities,
  poorRate,
  nearPoorRate,
});

const NORTH_HIGHLANDS = ["H'Mông", 'Tày', 'Dao', 'Thái'];
export const PROVINCE_PROFILES: Record<string, ProvinceProfile> = {
  '01': profile([1], 0.02, ['Mường'], 0.002, 0.005),
  '04': profile([4], 0.95, ['Tày', "H'Mông", 'Dao'], 0.2, 0.1),
  '08': profile([2, 8], 0.8, NORTH_HIGHLANDS, 0.18, 0.09),
  '11': profile([11], 0.83, ['Thái', "H'Mông"], 0.25, 0.1),
  '12': profile([12], 0.85, ["H'Mông", 'Thái', 'Dao'], 0.27, 0.1),
  '14': profile([14], 0.84, ['Thái', "H'Mông", 'Mường'], 0.18, 0.1),
  '15': profile([10, 15], 0.6, NORTH_HIGHLANDS, 0.14, 0.08),
  '19': profile([6, 19], 0.35, ['Tày', 'Dao'], 0.05, 0.05),
  '20': profile([20], 0.83, ['Tày', 'Dao'], 0.1, 0.08),
  '22': profile([22], 0.12, ['Dao', 'Tày'], 0.01, 0.01),
  '24': profile([24, 27], 0.1, ['Tày', 'Dao'], 0.02, 0.03),
  '25': profile([17, 25, 26], 0.3, ['Mường', 'Dao'], 0.04, 0.05),
  '31': profile([30, 31], 0.01, ['Tày'], 0.005, 0.01),
  '33': profile([33, 34], 0.005, ['Tày'], 0.01, 0.02),
  '37': profile([35, 36, 37], 0.01, ['Mường'], 0.01, 0.02),
  '38': profile([38], 0.18, ['Mường', 'Thái'], 0.03, 0.04),
  '40': profile([40], 0.15, ['Thái', "H'Mông"], 0.04, 0.05),
  '42': profile([42], 0.01, ['Mường'], 0.02, 0.04),
  '44': profile([44, 45], 0.05, ['Mường'], 0.04, 0.05),
  '46': profile([46], 0.04, ['Mường'], 0.02, 0.03),
  '48': profile([48, 49], 0.06, ['Mường'], 0.02, 0.03),
  '51': profile([51, 62], 0.3, ['Gia Rai', 'Ê Đê'], 0.08, 0.06),
  '52': profile([52, 64], 0.3, ['Gia Rai', 'Ê Đê'], 0.06, 0.05),
  '56': profile([56, 58], 0.1, ['Ê Đê'], 0.03, 0.04),
  '66': profile([54, 66], 0.3, ['Ê Đê', 'Gia Rai', 'Tày'], 0.06, 0.05),
  '68': profile([60, 67, 68], 0.2, ['Ê Đê', 'Gia Rai'], 0.03, 0.04),
  '75': profile([70, 75], 0.08, ['Tày', 'Khmer'], 0.01, 0.02),
  '79': profile([74, 77, 79], 0.02, ['Khmer'], 0.001, 0.002),
  '80': profile([72, 80], 0.02, ['Khmer'], 0.01, 0.02),
  '82': profile([82, 87], 0.005, ['Khmer'], 0.02, 0.03),
  '86': profile([83, 84, 86], 0.1, ['Khmer'], 0.02, 0.03),
  '91': profile([89, 91], 0.1, ['Khmer'], 0.02, 0.03),
  '92': profile([92, 93, 94], 0.2, ['Khmer'], 0.03, 0.04),
  '96': profile([95, 96], 0.05, ['Khmer'], 0.02, 0.03),
};
