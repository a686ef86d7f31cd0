#!/usr/bin/env node
// Generates the six Prisma clients into src/generated/prisma/<name>.
// The Prisma CLI insists on a schema-engine binary even for `generate`, and these machines cannot
// download one; any existing file satisfies the check when the real engine is absent.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const SUBGRAPHS = ['identity', 'civil', 'education', 'health', 'protection', 'registry'];
const root = path.resolve(__dirname, '..');
const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const engineDir = path.join(root, 'node_modules', '@prisma', 'engines');
const hasEngine = fs.existsSync(engineDir) && fs.readdirSync(engineDir).some((f) => f.startsWith('schema-engine'));
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
for (const name of process.argv.length > 2 ? process.argv.slice(2) : SUBGRAPHS) {
  execFileSync(process.execPath, [cli, 'generate', '--schema', path.join('prisma', name, 'schema.prisma')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
