import { foldVietnamese } from './vietnamese';

/**
 * Common Vietnamese given names (tên), Kinh and of the larger ethnic minorities. Two different names
 * of this list are two names, not one name mistyped: "Minh" and "Linh" are one letter apart and
 * are twins' names far more often than a clerk's typo. Folded (no diacritics): "Tâm" and "Tám" are
 * one entry here; their tone marks are compared separately.
 */
const GIVEN_NAMES = `
An Anh Ánh Ân Bách Bảo Bích Biên Bình Cảnh Châu Chi Chung Công Cúc Cường Danh Dao Diễm Diệp Diệu
Dung Dũng Duy Duyên Dương Đại Đan Đào Đạt Đăng Điệp Định Đông Đức Giang Hà Hạ Hải Hân Hằng Hạnh Hào
Hảo Hậu Hiền Hiển Hiếu Hiệp Hoa Hòa Hoài Hoàn Hoàng Hồng Hợp Huệ Hùng Hưng Hương Hường Huy Huyền
Khang Khanh Khánh Khải Khiêm Khoa Khôi Khuê Kiên Kiệt Kim Kỳ Lam Lâm Lan Lệ Liên Liễu Linh Loan Lộc
Lợi Long Luân Lực Lương Ly Mai Mạnh Mẫn Minh Mơ My Mỹ Na Nam Nga Ngà Ngân Nghĩa Ngọc Nguyên Nhàn
Nhã Nhân Nhật Nhi Nhung Như Oanh Phát Phi Phong Phú Phúc Phụng Phương Phượng Quân Quang Quế Quốc Quý
Quyên Quyết Quỳnh Sang Sinh Sơn Tài Tám Tâm Tân Thái Thắm Thắng Thanh Thành Thảo Thi Thịnh Thoa Thơ
Thơm Thu Thư Thuận Thúy Thủy Thương Tiến Tín Toàn Trà Trâm Trang Trí Trinh Trọng Trung Trúc Tú
Tuấn Tuệ Tùng Tuyền Tuyết Tường Uyên Vân Vi Việt Vinh Vĩnh Vũ Vy Xoan Xuân Yên Yến
Páo Chứ Sính Dế Tủa Mỷ Dợ Pàng Sua Chở Pằn Panh Pọm Ỉn Phin Sài Chàn Quẩy Mẩy Nái Chòi Phol Sóc
Srây Bhin Thuê Khăp Jim Rin Blim Yuôn Blới Hnuk
`;

const KNOWN = new Set(GIVEN_NAMES.split(/\s+/).filter(Boolean).map(foldVietnamese));

/** Whether a folded word is a common given name. */
export const isKnownGivenName = (folded: string): boolean => KNOWN.has(folded);

/**
 * Family names written differently in the North and the South for the same family (historic naming
 * taboos): Hoàng / Huỳnh, Vũ / Võ. Folded; each maps to the other.
 */
const REGIONAL_FAMILY_NAMES = new Map([
  ['hoang', 'huynh'],
  ['huynh', 'hoang'],
  ['vu', 'vo'],
  ['vo', 'vu'],
]);

/** Whether two folded words are one family name in its northern and southern form. */
export const areRegionalForms = (a: string, b: string): boolean => REGIONAL_FAMILY_NAMES.get(a) === b;
