import { Client } from 'pg';
import { logger } from '../shared/logger';

/** childgraph's advisory-lock classes for job workers and for the queue's schema ("cg" 1 and 2; advisory locks are per database). */
const LIVENESS_LOCK_CLASS = 0x63670001;
const SCHEMA_LOCK_CLASS = 0x63670002;
/** Every worker id childgraph gives starts so: the reaper leaves other applications' workers alone. */
export const WORKER_ID_PREFIX = 'childgraph-';

/**
 * Tells a live job worker from a dead one. graphile-worker 0.16 keeps a job locked by a worker that
 * died mid-run (kill -9, out of memory, a lost host) for 4 hours before another may take it, and its
 * queue with it: the hub would not refresh for 4 hours. So each worker holds a session advisory lock
 * named after its id for as long as its process lives, on a connection of its own; PostgreSQL drops
 * the lock when that session ends. A lock another session can take belongs to a dead worker, whose
 * jobs and queues `reapDeadWorkers` unlocks at once (the job runs again, counted as an attempt).
 */
export class WorkerLiveness {
  private constructor(private readonly client: Client, readonly workerId: string) {}

  static async hold(databaseUrl: string, workerId: string): Promise<WorkerLiveness> {
    const client = new Client({ connectionString: databaseUrl, application_name: workerId });
    await client.connect();
    // A dropped connection means the lock is gone: this worker would look dead to the others.
    client.on('error', (error) => logger.error({ err: error, workerId }, 'job worker lost its liveness connection; other replicas may take over its job'));
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCK_CLASS, workerId]);
    return new WorkerLiveness(client, workerId);
  }

  /** One installer of the queue's schema at a time (graphile-worker's own migration takes no lock). */
  async withSchemaLock<T>(work: () => Promise<T>): Promise<T> {
    await this.client.query('SELECT pg_advisory_lock($1, 0)', [SCHEMA_LOCK_CLASS]);
    try {
      return await work();
    } finally {
      await this.client.query('SELECT pg_advisory_unlock($1, 0)', [SCHEMA_LOCK_CLASS]);
    }
  }

  /** Unlocks the jobs and queues of childgraph workers whose process has gone; returns their ids. */
  async reapDeadWorkers(schema: string): Promise<string[]> {
    const { rows } = await this.client.query<{ worker: string }>(
      `SELECT locked_by AS worker FROM "${schema}"._private_jobs WHERE locked_by LIKE $1 || '%'
       UNION SELECT locked_by FROM "${schema}"._private_job_queues WHERE locked_by LIKE $1 || '%'`,
      [WORKER_ID_PREFIX],
    );
    const dead: string[] = [];
    for (const { worker } of rows) {
      if (worker === this.workerId) continue;
      const { rows: [probe] } = await this.client.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS free', [LIVENESS_LOCK_CLASS, worker]);
      if (!probe.free) continue;
      await this.client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LIVENESS_LOCK_CLASS, worker]);
      await this.client.query(`SELECT "${schema}".force_unlock_workers($1::text[])`, [[worker]]);
      dead.push(worker);
    }
    return dead;
  }

  async release(): Promise<void> {
    await this.client.end();
  }
}
