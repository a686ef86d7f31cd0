import type { DropoutReason, EnrollmentStatus, SchoolLevel } from '../../generated/prisma/education/enums';
import type { ValueLabels } from '../../shared/value-labels';

/** `SchoolLevel`: the levels of the education system (cấp học). */
export const SCHOOL_LEVEL_LABELS: ValueLabels<SchoolLevel> = {
  PRESCHOOL: { vi: 'Mầm non', en: 'Preschool' },
  PRIMARY: { vi: 'Tiểu học', en: 'Primary (grades 1-5)' },
  LOWER_SECONDARY: { vi: 'Trung học cơ sở', en: 'Lower secondary (grades 6-9)' },
  UPPER_SECONDARY: { vi: 'Trung học phổ thông', en: 'Upper secondary (grades 10-12)' },
};

/** `EnrollmentStatus`, in the words of the schools' own pupil lists. */
export const ENROLLMENT_STATUS_LABELS: ValueLabels<EnrollmentStatus> = {
  ENROLLED: { vi: 'Đang học', en: 'Enrolled' },
  TRANSFERRED: { vi: 'Chuyển trường', en: 'Transferred to another school' },
  DROPPED_OUT: { vi: 'Bỏ học', en: 'Dropped out' },
  COMPLETED: { vi: 'Hoàn thành', en: 'Completed the level' },
};

/** `DropoutReason`: why a school warns that a pupil may drop out. */
export const DROPOUT_REASON_LABELS: ValueLabels<DropoutReason> = {
  CHRONIC_ABSENCE: { vi: 'Nghỉ học thường xuyên', en: 'Chronic absence' },
  ACADEMIC_DIFFICULTY: { vi: 'Học lực yếu', en: 'Academic difficulty' },
  FAMILY_ECONOMIC: { vi: 'Hoàn cảnh kinh tế gia đình khó khăn', en: "Family's economic hardship" },
  FAMILY_MIGRATION: { vi: 'Gia đình di cư', en: 'Family migration' },
  HEALTH: { vi: 'Sức khỏe', en: 'Health' },
  WORKING: { vi: 'Đi làm', en: 'Working' },
  MARRIAGE: { vi: 'Kết hôn', en: 'Marriage' },
  OTHER: { vi: 'Lý do khác', en: 'Other reason' },
};

/** `SchoolingStatus`: a child's schooling this school year, summed up from its enrollments. */
export const SCHOOLING_STATUS_LABELS: ValueLabels<'ENROLLED' | 'DROPPED_OUT' | 'NOT_ENROLLED'> = {
  ENROLLED: { vi: 'Đang đi học', en: 'Enrolled' },
  DROPPED_OUT: { vi: 'Bỏ học', en: 'Dropped out' },
  NOT_ENROLLED: { vi: 'Không đi học', en: 'Not enrolled' },
};
