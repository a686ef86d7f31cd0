/**
 * Entry point of the benchmark's stack without access checks (the access scenario's baseline):
 * the checks are turned off in this process before any subgraph module, whose decorators read the
 * switch, is loaded. `node dist/src/bench/unguarded-stack.js <children>`, forked by the benchmark.
 */
import { turnOffEnforcementForBenchmark } from '../auth/guard';

turnOffEnforcementForBenchmark();
const children = Number(process.argv[2]);
if (!Number.isInteger(children) || children < 1) throw new Error('usage: unguarded-stack.js <children>');
void import('./stack-process.js').then((stack) => stack.serveBenchStack(children));
