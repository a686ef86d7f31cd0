import type { BenchReport } from './run-bench';

type Row = Record<string, unknown>;
const ms = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)} ms` : '-');
const num = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : '-');
const pad = (text: string, width: number) => text.padEnd(width);

function latencyLine(label: string, r: Row): string {
  const queries = (r.queriesPerRequest as { total?: number } | undefined)?.total;
  return `${pad(label, 44)}${ms(r.medianMs).padStart(11)}${ms(r.p95Ms).padStart(11)}${ms(r.p99Ms).padStart(11)}${num(queries).padStart(10)}${num(r.bytesPerResponse).padStart(12)}`;
}

function describe(id: string, r: Row & { status: string; title: string }): string[] {
  if (r.status === 'skipped') return [`${id}. ${r.title}`, `     skipped: ${String(r.reason)}`];
  if (r.status === 'failed') return [`${id}. ${r.title}`, `     FAILED: ${String(r.error)}`];
  const lines: string[] = [];
  switch (id) {
    case '1':
      lines.push(latencyLine('1. child profile by personal ID', r));
      for (const t of r.throughput as Row[]) {
        const cpu = Object.entries((t.cpuMsPerRequest as Record<string, number> | undefined) ?? {});
        const total = cpu.reduce((sum, [, v]) => sum + v, 0);
        lines.push(`     ${String(t.connections)} concurrent clients: ${num(t.requestsPerSecond)} req/s (median ${ms(t.medianMs)}, p99 ${ms(t.p99Ms)}); CPU per request ${ms(total)}`);
        if (cpu.length > 1) lines.push(`       ${cpu.map(([name, v]) => `${name.replace(/^subgraph /, '')} ${v.toFixed(1)}`).join(', ')} ms`);
      }
      break;
    case '2':
    case '3':
      lines.push(latencyLine(`${id}. ${String(r.rootField)} (${String(r.pageSize)} rows, province ${String(r.province)})`, r));
      break;
    case '4':
      for (const [name, part] of Object.entries({ dropoutRisk: r.dropoutRisk as Row, civilStatusGaps: r.civilStatusGaps as Row })) {
        lines.push(
          part.status === 'measured'
            ? `4. ${name}: ${ms(part.pageMedianMs)} vs SQL floor ${ms(part.floorMedianMs)} (${String(part.floorRows)} rows): ${String(part.ratio)}x`
            : `4. ${name}: ${String(part.status)}: ${String(part.reason ?? part.error)}`,
        );
      }
      break;
    case '5': {
      const small = r.small as Row;
      const full = r.full as Row;
      lines.push(`5. dropout-risk page: ${num(small.children)} children ${ms(small.medianMs)}, ${num(full.children)} children ${ms(full.medianMs)}: ${String(r.ratio)}x`);
      break;
    }
    case '6':
      lines.push(`6. gateway ${ms(r.gatewayMedianMs)} vs straight to the subgraphs ${ms(r.directCriticalPathMs)} (plan's critical path; sum ${ms(r.directSumMs)}): +${ms(r.overheadMs)}, ${String(r.ratio)}x`);
      for (const s of r.subgraphs as Row[]) lines.push(`     ${pad(String(s.subgraph), 11)}${ms(s.medianMs).padStart(10)} median, ${ms(s.p99Ms)} p99, ${num(s.queriesPerRequest)} queries, ${num(s.bytesPerResponse)} bytes`);
      break;
    case '7': {
      const profile = r.childProfile as Row & { hive: Row; apollo: Row; throughput: Row };
      lines.push(`7. child profile: Hive ${ms(profile.hive.medianMs)} (p99 ${ms(profile.hive.p99Ms)}) vs @apollo/gateway ${ms(profile.apollo.medianMs)} (p99 ${ms(profile.apollo.p99Ms)}): ${String(profile.medianRatio)}x`);
      lines.push(`     ${String(profile.throughput.connections)} clients: Hive ${num(profile.throughput.hiveRequestsPerSecond)} req/s vs @apollo/gateway ${num(profile.throughput.apolloRequestsPerSecond)} req/s: ${String(profile.throughput.ratio)}x`);
      const page = r.dropoutRisk as Row & { hive?: Row; apollo?: Row };
      lines.push(page.status === 'measured' ? `   dropout-risk page: Hive ${ms(page.hive!.medianMs)} vs @apollo/gateway ${ms(page.apollo!.medianMs)}: ${String(page.medianRatio)}x` : `   dropout-risk page: skipped: ${String(page.reason)}`);
      break;
    }
    case '8':
      lines.push(latencyLine('8. indicators, country by province', r.countryByProvince as Row));
      lines.push(latencyLine(`8. indicators, province ${String((r.provinceByCommune as Row).province)} by commune`, r.provinceByCommune as Row));
      lines.push(latencyLine('8. 12-month trend, country by province', r.trend12Months as Row));
      break;
    case 'hardening': {
      const persisted = r.persistedDocuments as Row;
      const bounds = r.requestBounds as Row;
      const us = (value: unknown) => `${Number(value).toFixed(1)} µs`;
      lines.push(`hardening: profile as persisted id ${ms(persisted.medianIdMs)} vs as text ${ms(persisted.medianTextMs)}: ${String(persisted.ratio)}x`);
      lines.push(`     request bounds ${us(bounds.warmCheckUs)} per request (${us(bounds.coldCheckUs)} for a new document); bulk-access count ${us((r.bulkAccessCount as Row).perRequestUs)} per audited answer; past the hourly limit +${ms((r.pastTheLimit as Row).slowdownMs)}`);
      break;
    }
    case 'access':
      lines.push(`access control (500-row list): ${ms(r.medianWithMs)} with checks vs ${ms(r.medianWithoutMs)} without: ${String(r.ratio)}x (budget ${String(r.budget)}x)`);
      break;
  }
  return lines;
}

/** The readable table `childgraph bench` prints; the JSON from `--out` has every figure. */
export function formatReport(report: BenchReport): string {
  const { settings, population, machine, database } = report;
  const lines = [
    `childgraph bench: ${num(population.children)} children on ${population.storage} (${population.reused ? 'reused, already seeded' : `seeded in ${population.seedSeconds} s`}; hub refresh ${population.hubRefreshSeconds ?? '?'} s), ${settings.mode} mode`,
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; medians of ${settings.rounds} rounds (${settings.requests} sequential requests, ${settings.seconds} s per throughput round)`,
    `database: ${population.storage} ${database.version}, autovacuum ${database.autovacuum}, shared_buffers ${database.sharedBuffers}; load average when the run began ${machine.loadAverage.join(' / ')}`,
    '',
    `${pad('scenario', 44)}${'median'.padStart(11)}${'p95'.padStart(11)}${'p99'.padStart(11)}${'queries'.padStart(10)}${'bytes'.padStart(12)}`,
  ];
  for (const [id, result] of Object.entries(report.scenarios)) lines.push(...describe(id, result as unknown as Row & { status: string; title: string }));
  lines.push('', `peak RSS: ${Object.entries(report.peakRssMb).map(([name, mb]) => `${name} ${mb ?? '?'} MB`).join(', ')}`, '');
  return lines.join('\n');
}
