/**
 * Progress of a long command on stderr: a bar redrawn in place on a terminal, plain lines every
 * 10% (and at the end) when the output is a file or a CI log. With no known total (a streamed
 * import), every step is reported.
 */
export function progressReporter(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastDecile = -1;
  return (done: number) => {
    if (total <= 0) {
      // Unknown total (a streamed file): report each step.
      stream.write(stream.isTTY ? `\r${label}: ${done}` : `${label}: ${done}\n`);
      return;
    }
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${rate}/s)${fraction === 1 ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile > lastDecile) {
      lastDecile = decile;
      stream.write(`${label}: ${done}/${total} (${Math.round(fraction * 100)}%, ${seconds.toFixed(1)} s, ${rate}/s)\n`);
    }
  };
}
