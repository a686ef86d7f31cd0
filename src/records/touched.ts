/** What a save mutation needs to know of the existing records a row reaches (EntryRecord.touched). */

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));

/** Whether writing `fields` over `existing` would change any of the `compared` fields (as the import's upsert decides it). */
export function wouldChange(existing: object, fields: object, compared: readonly string[]): boolean {
  const before = existing as Record<string, unknown>;
  const after = fields as Record<string, unknown>;
  return compared.some((field) => !same(before[field], after[field]));
}
