import { cellProblem, FieldError, parseCommuneCode, parseDate, parseEnum, parsePersonalIdFor, SEX_LABELS } from './fields';

/**
 * Reads the cells of one row, collecting every problem instead of stopping at the first, so a
 * clerk sees all that is wrong with a row at once.
 */
export function rowReader(cells: Record<string, string>) {
  const errors: FieldError[] = [];
  const take = <T>(column: string, parse: (value: string) => T, required: boolean): T | null => {
    const value = (cells[column] ?? '').trim();
    // Before any parse: a NUL, a broken character or an overlong value is refused in every column, file or save alike.
    const unstorable = cellProblem(column, value);
    if (unstorable) {
      errors.push(unstorable);
      return null;
    }
    if (!value) {
      if (required) errors.push(new FieldError(column, 'is required'));
      return null;
    }
    try {
      return parse(value);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      errors.push(error);
      return null;
    }
  };
  const text = (column: string, required: boolean) => take(column, (v) => v.normalize('NFC').replace(/\s+/g, ' '), required);
  const pastDate = (column: string, required: boolean) =>
    take(column, (v) => {
      const date = parseDate(v, column);
      if (date > new Date()) throw new FieldError(column, `${v} is in the future`);
      return date;
    }, required);
  /** The child's identity as every agency export carries it (the columns of that name; the commune's may differ). */
  const childIdentity = (communeColumn = 'communeCode') => {
    const birthDate = pastDate('birthDate', true);
    const sex = take('sex', (v) => parseEnum(v, 'sex', SEX_LABELS), true);
    return {
      fullName: text('fullName', true),
      birthDate,
      sex,
      // Checked for format only: one contradicting sex or birth year is a warning (personalIdMismatch), not a reject.
      personalId: take('personalId', (v) => parsePersonalIdFor(v, 'personalId'), false),
      communeCode: take(communeColumn, (v) => parseCommuneCode(v, communeColumn), true),
      motherName: text('motherName', false),
    };
  };
  /** A date that cannot come before another one (`what` names the earlier one, e.g. "the date of birth"). */
  const notBefore = (column: string, date: Date | null, earlier: Date | null, what: string) => {
    if (date && earlier && date < earlier) errors.push(new FieldError(column, `is before ${what}`));
  };
  return { take, text, pastDate, childIdentity, notBefore, errors };
}
