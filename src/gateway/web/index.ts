import type { TokenKeys } from '../../auth/token';
import { adoptSessionCookie } from './cookie-credentials';
import { csrfKey } from './csrf';
import { serveSession } from './session-routes';
import { serveWebFile } from './static-files';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The officers' web app at the gateway: its files, its session, and cookie sign-in for the API. */
export interface WebFront {
  serveSession(request: IncomingMessage, response: ServerResponse): Promise<void>;
  serveFile(pathname: string, request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  adoptSessionCookie(request: IncomingMessage): ReturnType<typeof adoptSessionCookie>;
}

export function webFront(keys: TokenKeys): WebFront {
  const context = { keys, csrfKey: csrfKey(keys) };
  return {
    serveSession: (request, response) => serveSession(context, request, response),
    serveFile: serveWebFile,
    adoptSessionCookie: (request) => adoptSessionCookie(request, context.csrfKey),
  };
}
