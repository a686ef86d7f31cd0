import { writeFileSync } from 'node:fs';
import { parseBenchOptions, type BenchCommandOptions } from '../bench/bench-options';
import { formatReport } from '../bench/report';
import { runBench } from '../bench/run-bench';

/**
 * `childgraph bench`: the benchmark suite (the README's benchmark table comes from it). Progress goes to stderr, the table to
 * stdout, every figure as JSON to `--out`.
 */
export async function bench(options: BenchCommandOptions): Promise<void> {
  const parsed = parseBenchOptions(options);
  const started = performance.now();
  const elapsed = () => `${Math.round((performance.now() - started) / 1000)}s`.padStart(5);
  const report = await runBench(parsed, (line) => process.stderr.write(`${elapsed()} ${line}\n`));
  process.stdout.write(formatReport(report));
  if (parsed.out) writeFileSync(parsed.out, `${JSON.stringify(report, null, 2)}\n`);
}
