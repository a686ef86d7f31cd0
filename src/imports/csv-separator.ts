/**
 * The character between values of a CSV file. Excel writes "CSV" with the list separator of the
 * computer's region, and where the decimal mark is a comma (Vietnamese settings among them) that
 * is a semicolon; "Text (Tab delimited)" uses tabs.
 */
export const DEFAULT_SEPARATOR = ',';

/** What `--delimiter` accepts, by the name a person types: `tab` (or `\t`) for the tab character. */
const SEPARATORS: Record<string, string> = { ',': ',', ';': ';', '|': '|', tab: '\t', '\\t': '\t', '\t': '\t' };

/** The separator `--delimiter` names; null when it names none that childgraph reads. */
export function separatorNamed(text: string): string | null {
  return SEPARATORS[text.toLowerCase()] ?? null;
}

export const ACCEPTED_SEPARATORS = "',', ';', '|' or the word tab";

/** How a message names a separator, and how to pass it on the command line. */
const describe = (separator: string) => (separator === '\t' ? { what: 'tabs', option: '--delimiter tab' } : { what: `'${separator}'`, option: `--delimiter '${separator}'` });

/**
 * Why a header line read with `separator` must be another separator's: it reads as one column that
 * holds one of the others (no record kind has a single column). Null when the header looks right.
 */
export function wrongSeparator(header: readonly string[], separator: string): string | null {
  if (header.length !== 1) return null;
  const found = [',', ';', '\t', '|'].filter((candidate) => candidate !== separator && header[0].includes(candidate));
  if (found.length === 0) return null;
  const seems = describe(found[0]);
  const reading = separator === DEFAULT_SEPARATOR ? 'childgraph reads comma-separated CSV' : `it was read as separated by ${describe(separator).what}`;
  const remedy = found[0] === DEFAULT_SEPARATOR ? 'import it without --delimiter' : `pass ${seems.option}, or save it from Excel as "CSV UTF-8 (Comma delimited)"`;
  return `the header line reads as one column: the file seems to be separated by ${seems.what}, and ${reading}; ${remedy}; nothing was imported`;
}
