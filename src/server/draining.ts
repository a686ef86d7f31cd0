/**
 * A process told to stop first drains: it keeps accepting and answering while its readiness says
 * "shutting down" (a load balancer stops sending to it), until no request has been in flight or
 * arrived for QUIET_MS, or at most MAX_DRAIN_MS. Only then do the servers close (requests still in
 * flight finish). Closing at once would reset the connections a busy server has accepted in the
 * kernel but not yet read: requests the caller did send, answered with ECONNRESET.
 */
const QUIET_MS = 1000;
export const MAX_DRAIN_MS = 5_000;

let draining = false;
let inFlight = 0;
let lastArrival = 0;

export const isDraining = (): boolean => draining;

/** Every server counts its requests here, from arrival to response closed. */
export function requestArrived(): () => void {
  inFlight++;
  lastArrival = Date.now();
  let done = false;
  return () => {
    if (!done) inFlight--;
    done = true;
  };
}

export async function drain(): Promise<void> {
  draining = true;
  const started = Date.now();
  while (Date.now() - started < MAX_DRAIN_MS && (inFlight > 0 || Date.now() - lastArrival < QUIET_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
