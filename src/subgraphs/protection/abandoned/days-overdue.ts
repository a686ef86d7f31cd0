const DAY_MS = 86_400_000;

/**
 * Days a reception step is late: a step done after its due date, by the days between the two; a
 * step still open, by the days its due date lies before `today` (YYYY-MM-DD). 0 when not late.
 */
export function daysOverdue(step: { dueOn: Date; completedOn: Date | null }, today: string): number {
  const end = step.completedOn ?? new Date(`${today}T00:00:00Z`);
  return Math.max(0, Math.round((end.getTime() - step.dueOn.getTime()) / DAY_MS));
}
