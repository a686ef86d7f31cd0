import DataLoader from 'dataloader';

/**
 * DataLoader helpers: one set-based query per batch, results padded to one entry per key in key
 * order, so the number of queries for a page never depends on its size.
 */
export function oneToOneLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function oneToManyLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * An agency may hold several subject records (pupil, patient, profile) linked to one child;
 * the child's records are those of all of them, in subject order.
 */
export async function recordsOfSubjects<Row>(
  subjects: Promise<{ id: string }[]>,
  recordsBySubject: DataLoader<string, Row[]>,
): Promise<Row[]> {
  const ids = (await subjects).map((subject) => subject.id);
  return (await recordsBySubject.loadMany(ids)).flatMap((rows) => {
    if (rows instanceof Error) throw rows;
    return rows;
  });
}
