import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { projectRoot } from '../../shared/paths';

/** Where `npm run build` puts the web app (Vite's output). */
export const webDir = (): string => path.join(projectRoot(), 'dist', 'web');

/**
 * Only the app's own files run: no inline script or style, no other origin, no framing, and a form
 * may post only here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Vite names every asset after its content hash, so a cached copy is never stale. */
const ASSET_PATH = /^\/assets\/[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/** The web app's files: `/` is index.html, `/assets/<hashed name>` the rest. False when the path is not the app's. */
export async function serveWebFile(pathname: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const isIndex = pathname === '/' || pathname === '/index.html';
  if (!isIndex && !ASSET_PATH.test(pathname)) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const file = path.join(webDir(), isIndex ? 'index.html' : pathname);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return false;
  }
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': content.length,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : content);
  return true;
}
