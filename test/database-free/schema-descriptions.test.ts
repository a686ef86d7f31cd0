import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { schemaDir } from '../../src/gateway/artefacts';

/**
 * The public contract documents itself: another team builds a dashboard from schema/api.graphql
 * alone, so every type, field, argument and enum value there carries a description, and an enum
 * value's description starts with its Vietnamese label and English meaning ("Nữ — Female") so that
 * apps read the labels from the schema instead of keeping their own.
 */
const schema = buildSchema(readFileSync(path.join(schemaDir(), 'api.graphql'), 'utf8'));

/**
 * Introspection types (`__Type`, …) and the specified scalars (String, Int, Float, Boolean, ID)
 * are the GraphQL specification's, not the hub's: api.graphql does not print them, so it cannot
 * describe them; their meaning is the specification's.
 */
const hubTypes: GraphQLNamedType[] = Object.values(schema.getTypeMap()).filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type));

/** The first line of an enum value's description: "<Vietnamese label> — <English meaning>"; a note may follow after a blank line. */
const LABEL_LINE = /^(?<vi>[^\n—]*\S) — (?<en>\S[^\n]*)$/;

const described = (description: string | null | undefined) => (description ?? '').trim() !== '';

/** "Type", "Type.field", "Type.field(argument)", "Enum.VALUE": every documented element with its description. */
function elements(): { element: string; description: string | null | undefined }[] {
  return hubTypes.flatMap((type) => {
    const own = [{ element: type.name, description: type.description }];
    if (isObjectType(type) || isInterfaceType(type)) {
      return own.concat(
        Object.values(type.getFields()).flatMap((field) => [
          { element: `${type.name}.${field.name}`, description: field.description },
          ...field.args.map((arg) => ({ element: `${type.name}.${field.name}(${arg.name})`, description: arg.description })),
        ]),
      );
    }
    if (isInputObjectType(type)) return own.concat(Object.values(type.getFields()).map((field) => ({ element: `${type.name}.${field.name}`, description: field.description })));
    if (isEnumType(type)) return own.concat(type.getValues().map((value) => ({ element: `${type.name}.${value.name}`, description: value.description })));
    return own;
  });
}

describe('schema/api.graphql documents itself (regenerate with `npm run cli -- compose`)', () => {
  it('has no type, field, argument or enum value without a description', () => {
    const undocumented = elements().filter(({ description }) => !described(description)).map(({ element }) => element);
    expect(undocumented).toEqual([]);
  });

  it('describes every enum value as "<Vietnamese label> — <English meaning>" on its first line', () => {
    const unlabelled = hubTypes
      .filter(isEnumType)
      .flatMap((type) => type.getValues().map((value) => ({ value: `${type.name}.${value.name}`, firstLine: (value.description ?? '').split('\n')[0] })))
      .filter(({ firstLine }) => {
        const label = LABEL_LINE.exec(firstLine)?.groups;
        return !label || label.vi === label.en;
      });
    expect(unlabelled).toEqual([]);
  });

  it('cites no file of the repository: a reader of the contract has only the contract', () => {
    const citing = elements()
      .filter(({ description }) => /README|\.(ts|js|md|json|prisma)\b|\bsrc\//.test(description ?? ''))
      .map(({ element, description }) => ({ element, description }));
    expect(citing).toEqual([]);
  });
});
