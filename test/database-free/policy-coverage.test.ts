import 'reflect-metadata';
import { getDirective, printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { agencyScope, FIELD_RULES, OPEN_FIELDS, readersOf, type RestrictedField } from '../../src/auth/policy';
import { SUBGRAPHS } from '../../src/subgraphs';

/** Types whose every field is governed by a rule (the rest follow the field that reaches them). */
const GOVERNED_TYPES = ['Query', 'Mutation', 'Child', 'AccessLogReport', 'AccessAlertReport'];
const FEDERATION_FIELDS = ['_entities', '_service'];

async function subgraphSchemas(): Promise<[string, GraphQLSchema][]> {
  const built = [];
  for (const module of SUBGRAPHS) {
    const { sdl } = await module.buildSchema();
    built.push([module.name, buildSchema(sdl.replace(/^extend schema @link[^\n]*\n/, ''), { assumeValid: true })] as [string, GraphQLSchema]);
  }
  return built;
}

describe('the policy covers every field, and every field carries its rule', () => {
  let schemas: [string, GraphQLSchema][];
  beforeAll(async () => {
    schemas = await subgraphSchemas();
  });

  const governedFields = () =>
    schemas.flatMap(([subgraph, schema]) =>
      GOVERNED_TYPES.flatMap((typeName) => {
        const type = schema.getType(typeName);
        if (!type || !isObjectType(type)) return [];
        return Object.values(type.getFields())
          .filter((field) => !FEDERATION_FIELDS.includes(field.name))
          .map((field) => ({ subgraph, schema, name: `${typeName}.${field.name}`, field }));
      }),
    );

  it('has a rule for every Query, Mutation, Child, AccessLogReport and AccessAlertReport field of every subgraph', () => {
    const unruled = governedFields()
      .filter(({ name }) => !(name in FIELD_RULES) && !OPEN_FIELDS.includes(name))
      .map(({ subgraph, name }) => `${subgraph}: ${name}`);
    expect(unruled).toEqual([]);
  });

  it('has no rule for a field that no longer exists', () => {
    const existing = new Set(governedFields().map(({ name }) => name));
    expect(Object.keys(FIELD_RULES).filter((name) => !existing.has(name))).toEqual([]);
  });

  it('prints @requiresScopes with exactly the readers of the policy on every ruled field', () => {
    const mismatches = governedFields()
      .filter(({ name }) => name in FIELD_RULES)
      .flatMap(({ subgraph, schema, name, field }) => {
        const [directive] = getDirective(schema, field, 'requiresScopes') ?? [];
        const printed = ((directive?.scopes ?? []) as string[][]).map((all) => all.join('+')).sort();
        const expected = readersOf(name as RestrictedField).map((agency) => agencyScope(agency)).sort();
        return JSON.stringify(printed) === JSON.stringify(expected) ? [] : [`${subgraph} ${name}: ${printed} != ${expected}`];
      });
    expect(mismatches).toEqual([]);
  });

  it('leaves the open fields unrestricted', () => {
    for (const { schema, name, field } of governedFields().filter(({ name }) => OPEN_FIELDS.includes(name))) {
      expect({ name, directive: getDirective(schema, field, 'requiresScopes') ?? [] }).toEqual({ name, directive: [] });
    }
    expect(printSchemaWithDirectives(schemas[0][1])).toContain('@requiresScopes');
  });
});
