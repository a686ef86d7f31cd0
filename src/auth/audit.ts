import { randomUUID } from 'node:crypto';
import type { Principal } from './principal';

/** What one request released: field names and the children they were about. */
export class AuditCollector {
  private readonly fields = new Set<string>();
  private readonly childIds = new Set<string>();

  record(field: string, childId: string | undefined): void {
    this.fields.add(field);
    if (childId) this.childIds.add(childId);
  }

  get isEmpty(): boolean {
    return this.fields.size === 0;
  }

  /** The one row this request appends to the subgraph's access log. */
  entry(principal: Principal, operationName: string | null) {
    return {
      id: randomUUID(),
      at: new Date(),
      agency: principal.agency,
      subject: principal.subject,
      purpose: principal.purpose,
      operationName,
      fields: [...this.fields].sort(),
      childIds: [...this.childIds].sort(),
    };
  }
}

export type AccessLogEntryRow = ReturnType<AuditCollector['entry']>;
