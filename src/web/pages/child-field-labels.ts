import type { Language } from '../i18n';

/** The child record's fields as officers name them; a field not listed shows its name split into words. */
const LABELS: Record<Language, Record<string, string>> = {
  vi: {
    abandonmentCase: 'Hồ sơ trẻ bị bỏ rơi',
    adoptionStatus: 'Tình trạng nhận con nuôi',
    adoptions: 'Nhận con nuôi',
    birthDate: 'Ngày sinh',
    birthRegistration: 'Đăng ký khai sinh',
    carePlacements: 'Chăm sóc thay thế',
    disability: 'Khuyết tật',
    enrollments: 'Học tập',
    ethnicity: 'Dân tộc',
    fullName: 'Họ và tên',
    guardians: 'Cha mẹ, người giám hộ',
    hasBirthRegistration: 'Đã đăng ký khai sinh',
    hasDisability: 'Có khuyết tật',
    hasValidInsurance: 'Có thẻ BHYT còn hạn',
    hivStatus: 'Tình trạng HIV',
    household: 'Hộ gia đình',
    householdPoverty: 'Hộ nghèo, cận nghèo',
    householdSize: 'Số nhân khẩu',
    id: 'Mã trẻ em',
    inAlternativeCare: 'Đang được chăm sóc thay thế',
    inSpecialCircumstances: 'Có hoàn cảnh đặc biệt',
    index: 'Chỉ mục trẻ em',
    insuranceCards: 'Thẻ bảo hiểm y tế',
    lastScreenedOn: 'Lần khám sàng lọc gần nhất',
    links: 'Liên kết hồ sơ',
    personalId: 'Số định danh cá nhân',
    residences: 'Cư trú',
    schoolingStatus: 'Tình trạng đi học',
    screenings: 'Khám sàng lọc',
    sensitiveCircumstances: 'Hoàn cảnh nhạy cảm',
    sex: 'Giới tính',
    specialCircumstances: 'Hoàn cảnh đặc biệt',
    supportPayments: 'Trợ cấp xã hội',
  },
  en: {
    hasValidInsurance: 'Has valid health insurance',
    hivStatus: 'HIV status',
    id: 'Child ID',
    index: 'Master index entry',
    personalId: 'Personal ID number',
  },
};

export function childFieldLabel(name: string, language: Language): string {
  return LABELS[language][name] ?? name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
