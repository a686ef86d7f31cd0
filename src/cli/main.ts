#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { UsageError } from './usage-error';

/** Exit codes: 0 done, 1 failed while running, 2 bad command line (nothing was done). */
const program = new Command()
  .name('childgraph')
  .description('childgraph: a federated GraphQL child-protection data hub')
  .showHelpAfterError()
  .exitOverride();
registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  process.stderr.write(`childgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
