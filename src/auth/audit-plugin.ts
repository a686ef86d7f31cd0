import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { AccessLogEntryRow } from './audit';
import type { GuardedContext } from './guard';
import { ErrorCode } from '../shared/errors';

/**
 * Appends the request's one access-log row before the response leaves. If the write fails the
 * response is replaced by an error: sensitive data is never released unlogged.
 */
export function auditPlugin(write: (entry: AccessLogEntryRow) => Promise<void>, log: Logger): ApolloServerPlugin<GuardedContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          if (contextValue.audit.isEmpty) return;
          try {
            await write(contextValue.audit.entry(contextValue.principal, operationName ?? null));
          } catch (error) {
            log.error({ err: error }, 'audit write failed; response withheld');
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [{ message: 'The access could not be recorded in the audit trail, so no data was released; try again later', extensions: { code: ErrorCode.AuditWriteFailed } }],
              },
            };
          }
        },
      };
    },
  };
}
