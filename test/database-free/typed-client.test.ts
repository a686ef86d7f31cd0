import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildSchema, parse, print, validate, type OperationDefinitionNode } from 'graphql';

const root = path.resolve(__dirname, '..', '..');
const operationsDir = path.join(root, 'src', 'client', 'operations');
const generatedDir = path.join(root, 'src', 'client', 'generated');
const api = buildSchema(readFileSync(path.join(root, 'schema', 'api.graphql'), 'utf8'));
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => ({ file, document: parse(readFileSync(path.join(operationsDir, file), 'utf8')) }));

/** The typed client (src/client) another team can copy: one operation per public root field, generated and committed. */
describe('the typed client', () => {
  it('has an operation for every Query and Mutation field of schema/api.graphql, each in its own file', () => {
    const rootFieldsUsed = new Set<string>();
    for (const { file, document } of operations) {
      const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect({ file, operations: definitions.length }).toEqual({ file, operations: 1 });
      const [operation] = definitions;
      expect({ file, name: operation.name?.value }).toEqual({ file, name: file.replace(/\.graphql$/, '') });
      for (const selection of operation.selectionSet.selections) if (selection.kind === 'Field') rootFieldsUsed.add(`${operation.operation}.${selection.name.value}`);
    }
    const rootFields = [
      ...Object.keys(api.getQueryType()!.getFields()).map((name) => `query.${name}`),
      ...Object.keys(api.getMutationType()!.getFields()).map((name) => `mutation.${name}`),
    ];
    expect(rootFields.filter((field) => !rootFieldsUsed.has(field))).toEqual([]);
  });

  it.each(operations.map(({ file, document }) => [file, document] as const))('%s validates against schema/api.graphql', (_file, document) => {
    expect(validate(api, document).map((error) => error.message)).toEqual([]);
  });

  it('persisted-documents.json maps each sha256 of a document to that document, for every operation', () => {
    const manifest = JSON.parse(readFileSync(path.join(generatedDir, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest)).toHaveLength(operations.length);
    for (const [hash, text] of Object.entries(manifest)) {
      expect(hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      expect(validate(api, parse(text))).toEqual([]);
    }
    const names = Object.values(manifest).map((text) => (parse(text).definitions[0] as OperationDefinitionNode).name?.value).sort();
    expect(names).toEqual(operations.map(({ file }) => file.replace(/\.graphql$/, '')).sort());
    // The documents the app sends carry the same hash the manifest lists.
    const graphqlTs = readFileSync(path.join(generatedDir, 'graphql.ts'), 'utf8');
    for (const hash of Object.keys(manifest)) expect(graphqlTs).toContain(`{"hash":"${hash}"}`);
    expect(print(parse(Object.values(manifest)[0]))).toBeTruthy();
  });

  it('src/client/generated is what codegen.yml produces from the committed schema (regenerate with `npm run codegen`)', () => {
    // Outside Jest: the codegen CLI loads ES modules that Jest's CommonJS runtime cannot require on Node 20.
    const script = `const cli = require('@graphql-codegen/cli');
      cli.loadCodegenConfig({ configFilePath: 'codegen.yml' })
        .then(({ config }) => cli.generate({ ...config, cwd: process.cwd(), silent: true }, false))
        .then((outputs) => process.stdout.write(JSON.stringify(outputs)));`;
    const outputs: { filename: string; content: string }[] = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    const clientOutputs = outputs.filter((output) => path.resolve(root, output.filename).startsWith(generatedDir + path.sep));
    expect(clientOutputs.map((output) => path.basename(output.filename)).sort()).toEqual(readdirSync(generatedDir).sort());
    for (const output of clientOutputs) {
      const file = path.resolve(root, output.filename);
      expect({ file, text: readFileSync(file, 'utf8') }).toEqual({ file, text: output.content });
    }
  });
});
