/**
 * Administrative units of the two-level administration in force since 1 July 2025
 * (Decision 19/2025/QĐ-TTg): 34 provinces/cities with two-digit codes, communes with five digits.
 */
import communeTable from './communes.json';

export interface Province {
  code: string;
  name: string;
  /** Share of the national child population, used to weight the synthetic population. */
  weight: number;
}

export interface Commune {
  code: string;
  name: string;
  provinceCode: string;
}

export const PROVINCES: readonly Province[] = [
  { code: '01', name: 'Hà Nội', weight: 8.9 },
  { code: '04', name: 'Cao Bằng', weight: 0.6 },
  { code: '08', name: 'Tuyên Quang', weight: 1.9 },
  { code: '11', name: 'Điện Biên', weight: 0.8 },
  { code: '12', name: 'Lai Châu', weight: 0.6 },
  { code: '14', name: 'Sơn La', weight: 1.4 },
  { code: '15', name: 'Lào Cai', weight: 1.9 },
  { code: '19', name: 'Thái Nguyên', weight: 1.9 },
  { code: '20', name: 'Lạng Sơn', weight: 0.8 },
  { code: '22', name: 'Quảng Ninh', weight: 1.4 },
  { code: '24', name: 'Bắc Ninh', weight: 3.8 },
  { code: '25', name: 'Phú Thọ', weight: 4.2 },
  { code: '31', name: 'Hải Phòng', weight: 4.8 },
  { code: '33', name: 'Hưng Yên', weight: 3.4 },
  { code: '37', name: 'Ninh Bình', weight: 4.1 },
  { code: '38', name: 'Thanh Hóa', weight: 3.8 },
  { code: '40', name: 'Nghệ An', weight: 3.8 },
  { code: '42', name: 'Hà Tĩnh', weight: 1.3 },
  { code: '44', name: 'Quảng Trị', weight: 1.8 },
  { code: '46', name: 'Huế', weight: 1.1 },
  { code: '48', name: 'Đà Nẵng', weight: 3.0 },
  { code: '51', name: 'Quảng Ngãi', weight: 2.2 },
  { code: '52', name: 'Gia Lai', weight: 3.7 },
  { code: '56', name: 'Khánh Hòa', weight: 2.1 },
  { code: '66', name: 'Đắk Lắk', weight: 3.4 },
  { code: '68', name: 'Lâm Đồng', weight: 3.5 },
  { code: '75', name: 'Đồng Nai', weight: 4.4 },
  { code: '79', name: 'TP Hồ Chí Minh', weight: 13.2 },
  { code: '80', name: 'Tây Ninh', weight: 3.0 },
  { code: '82', name: 'Đồng Tháp', weight: 4.0 },
  { code: '86', name: 'Vĩnh Long', weight: 4.0 },
  { code: '91', name: 'An Giang', weight: 3.9 },
  { code: '92', name: 'Cần Thơ', weight: 3.3 },
  { code: '96', name: 'Cà Mau', weight: 2.3 },
];

/**
 * The 3,321 commune-level units (communes, wards, special zones) of Decision 19/2025/QĐ-TTg,
 * as `[code, name, provinceCode]`, from the official list published for 1 July 2025.
 */
export const COMMUNES: readonly Commune[] = (communeTable as [string, string, string][]).map(([code, name, provinceCode]) => ({
  code,
  name,
  provinceCode,
}));

const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const communeByCode = new Map(COMMUNES.map((c) => [c.code, c]));

export const isProvinceCode = (code: string): boolean => provinceByCode.has(code);
export const isCommuneCode = (code: string): boolean => communeByCode.has(code);
export const communeOf = (code: string): Commune | undefined => communeByCode.get(code);
const communesByProvince = new Map<string, readonly Commune[]>(
  PROVINCES.map((p) => [p.code, COMMUNES.filter((c) => c.provinceCode === p.code)]),
);
export const communesOf = (provinceCode: string): readonly Commune[] => communesByProvince.get(provinceCode) ?? [];

/**
 * Province part of personal ID numbers: the 63 former provinces' codes, zero-padded to three
 * digits. Numbers issued before the 2025 merger keep them, so validation must accept them all.
 */
export const LEGACY_PERSONAL_ID_PROVINCE_CODES: ReadonlySet<string> = new Set(
  [
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40,
    42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82,
    83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
  ].map((n) => String(n).padStart(3, '0')),
);
