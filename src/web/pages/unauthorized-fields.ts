import type { ApiError } from '../api';

export const UNAUTHORIZED = 'UNAUTHORIZED_FIELD_OR_TYPE';

/**
 * The fields of the object at `root` (e.g. `child`) the API refused to this agency. A refused field
 * arrives as null: without this it would look like data never recorded.
 */
export function refusedFields(errors: readonly ApiError[], root: string): Set<string> {
  const refused = new Set<string>();
  for (const error of errors) {
    if (error.extensions?.code !== UNAUTHORIZED || !error.path) continue;
    const [first, field] = error.path;
    if (first === root && typeof field === 'string') refused.add(field);
  }
  return refused;
}
