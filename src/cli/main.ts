#!/usr/bin/env node
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { registerCommands } from './commands';

const program = new Command()
  .name('childgraph')
  .description('childgraph: a federated GraphQL child-protection data hub')
  .showHelpAfterError();
registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof InvalidArgumentError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`childgraph: ${message}\n`);
  process.exit(1);
});
