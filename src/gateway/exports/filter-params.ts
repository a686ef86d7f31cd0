import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { ExportRequestError } from './download-refusal';

/**
 * Turns query parameters into the export's `filter` argument, by the fields of its GraphQL input
 * type: `?provinceCode=01&kinds=NO_PERSONAL_ID,LATE_BIRTH_REGISTRATION&ageTo=5`. A list field takes
 * comma-separated values (or the parameter repeated); Int and Float fields take numbers, Boolean
 * `true`/`false`, enums their value names. Parameters the filter does not have are refused.
 */
export function filterFromParams(schema: GraphQLSchema, filterType: string, params: URLSearchParams, reserved: readonly string[]): Record<string, unknown> {
  const type = schema.getType(filterType);
  if (!isInputObjectType(type)) throw new Error(`export filter type ${filterType} is not an input type of the supergraph`);
  const fields = type.getFields();
  const filter: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    if (reserved.includes(name)) continue;
    const field = fields[name];
    if (!field) throw new ExportRequestError(400, `unknown parameter "${name}"; this export takes ${[...Object.keys(fields), ...reserved].join(', ')}`);
    const values = params.getAll(name);
    const fieldType = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (isListType(fieldType)) {
      filter[name] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean).map((v) => scalar(name, fieldType.ofType as GraphQLInputType, v));
    } else {
      if (values.length > 1) throw new ExportRequestError(400, `parameter "${name}" takes one value; got ${values.length}`);
      filter[name] = scalar(name, fieldType, values[0]);
    }
  }
  return filter;
}

function scalar(name: string, type: GraphQLInputType, raw: string): string | number | boolean {
  const named = getNamedType(type);
  if (named.name === 'Int') {
    if (!/^-?\d{1,9}$/.test(raw)) throw new ExportRequestError(400, `parameter "${name}" must be a whole number; got "${raw}"`);
    return Number(raw);
  }
  if (named.name === 'Float') {
    if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw new ExportRequestError(400, `parameter "${name}" must be a number; got "${raw}"`);
    return Number(raw);
  }
  if (named.name === 'Boolean') {
    if (raw !== 'true' && raw !== 'false') throw new ExportRequestError(400, `parameter "${name}" must be true or false; got "${raw}"`);
    return raw === 'true';
  }
  if (isEnumType(named) && !named.getValue(raw)) {
    throw new ExportRequestError(400, `"${raw}" is not a value of parameter "${name}"; use one of ${named.getValues().map((v) => v.name).join(', ')}`);
  }
  return raw;
}
