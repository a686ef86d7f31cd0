import type { GuardianRelationship, ResidenceKind } from '../../generated/prisma/identity/enums';
import type { ValueLabels } from '../../shared/value-labels';

/** `ResidenceKind`: the two kinds of residence registration (đăng ký cư trú). */
export const RESIDENCE_KIND_LABELS: ValueLabels<ResidenceKind> = {
  PERMANENT: { vi: 'Thường trú', en: 'Permanent residence' },
  TEMPORARY: { vi: 'Tạm trú', en: 'Temporary residence' },
};

/** `GuardianRelationship`: who the guardian is to the child. */
export const GUARDIAN_RELATIONSHIP_LABELS: ValueLabels<GuardianRelationship> = {
  MOTHER: { vi: 'Mẹ', en: 'Mother' },
  FATHER: { vi: 'Cha', en: 'Father' },
  GRANDPARENT: { vi: 'Ông, bà', en: 'Grandparent' },
  SIBLING: { vi: 'Anh, chị, em ruột', en: 'Sibling' },
  OTHER_RELATIVE: { vi: 'Người thân thích khác', en: 'Other relative' },
  LEGAL_GUARDIAN: { vi: 'Người giám hộ', en: 'Legal guardian' },
};
