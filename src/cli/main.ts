#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { checkConfiguration, ConfigurationError } from '../shared/configuration';
import { UsageError } from './usage-error';

/** Exit codes: 0 done, 1 failed while running, 2 bad command line or configuration (nothing was done). */
const program = new Command()
  .name('childgraph')
  .description('childgraph: a federated GraphQL child-protection data hub')
  .showHelpAfterError()
  .exitOverride()
  // Every variable's rule before any command runs: a wrong value is named now, not on first use.
  .hook('preAction', () => checkConfiguration());
registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  process.stderr.write(`childgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError || error instanceof ConfigurationError ? 2 : 1);
});
