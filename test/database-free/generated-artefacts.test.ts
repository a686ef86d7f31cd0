import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { generateSchemaArtefacts, schemaDir } from '../../src/gateway/artefacts';
import { pendingMigrationSql } from '../../src/cli/migrations.command';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';

const root = path.resolve(__dirname, '..', '..');

describe('generated artefacts match the code (regenerate with `npm run cli -- compose` and `npm run codegen`)', () => {
  it('schema/ holds exactly what the subgraphs, composition and the policy print', async () => {
    const generated = await generateSchemaArtefacts();
    const committed = readdirSync(schemaDir());
    expect(committed.sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) {
      expect({ file, text: readFileSync(path.join(schemaDir(), file), 'utf8') }).toEqual({ file, text });
    }
  });

  it('test/generated/operations.ts is what codegen.yml produces from the committed schema', async () => {
    // Outside Jest: the codegen CLI loads ES modules that Jest's CommonJS runtime cannot require on Node 20.
    const script = `const cli = require('@graphql-codegen/cli');
      cli.loadCodegenConfig({ configFilePath: 'codegen.yml' })
        .then(({ config }) => cli.generate({ ...config, cwd: process.cwd(), silent: true }, false))
        .then((outputs) => process.stdout.write(JSON.stringify(outputs)));`;
    const outputs: { filename: string; content: string }[] = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(root, output.filename);
      expect({ file, text: readFileSync(file, 'utf8') }).toEqual({ file, text: output.content });
    }
  });

  it.each(SUBGRAPH_NAMES)('%s: the committed migrations produce exactly what schema.prisma describes', async (name) => {
    expect(await pendingMigrationSql(name)).toBe('');
  });
});
