/** A coded value's words: the Vietnamese the agencies write, and its meaning in English. */
export interface ValueLabel {
  readonly vi: string;
  readonly en: string;
}

/**
 * The words of every value of one enum: the one source of an enum's labels. The schema describes
 * each value with them (see `labelledValues`), and the list exports write them into their cells.
 */
export type ValueLabels<Value extends string = string> = Readonly<Record<Value, ValueLabel>>;

/** Between the Vietnamese label and the English meaning on the first line of a value's description. */
export const LABEL_SEPARATOR = ' — ';

/**
 * An enum's type-graphql `valuesConfig`: each value described as "<vi> — <en>" (e.g. "Nữ — Female"),
 * so that apps read the labels from the schema rather than keep their own. A note, where a value
 * needs more explaining, follows as a paragraph of its own: the first line stays the labels alone.
 */
export function labelledValues<Value extends string>(
  labels: ValueLabels<Value>,
  notes: Partial<Record<Value, string>> = {},
): Record<Value, { description: string }> {
  const entries = (Object.entries(labels) as [Value, ValueLabel][]).map(([value, label]) => {
    const note = notes[value];
    const line = `${label.vi}${LABEL_SEPARATOR}${label.en}`;
    return [value, { description: note ? `${line}\n\n${note}` : line }];
  });
  return Object.fromEntries(entries) as Record<Value, { description: string }>;
}
