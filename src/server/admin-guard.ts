import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * The admin API has no login on loopback, so a web page must not be able to use it: a request whose
 * Host is not a name of this server is refused (DNS rebinding), and so is a write that a browser
 * sends from another origin (a form or fetch without preflight can POST text/plain). With an admin
 * token (required beyond loopback) every request must also carry it as a Bearer token.
 */
export function adminGuard(options: { host?: string; publicUrl?: string; adminToken?: string }): RequestHandler {
  const allowed = allowedHostnames(options);
  const token = options.adminToken === undefined ? undefined : digest(options.adminToken);
  return (req, res, next) => {
    if (token && !bearerMatches(req.headers.authorization, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="1c-connect-mock admin"').json({ error: 'the admin API needs Authorization: Bearer <admin token>' });
      return;
    }
    const host = hostnameOf(req.headers.host);
    if (host === undefined || !allowed(host)) {
      res.status(403).json({ error: `the admin API answers only for this server's own names, not for Host "${req.headers.host ?? ''}"` });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      const origin = req.headers.origin;
      const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
      if (crossSite || (origin !== undefined && (origin === 'null' || !allowed(hostnameOf(urlHost(origin)) ?? '')))) {
        res.status(403).json({ error: `cross-origin writes to the admin API are refused (Origin "${origin ?? ''}")` });
        return;
      }
    }
    next();
  };
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1)$/i;
const WILDCARD = new Set(['0.0.0.0', '::', '']);

function allowedHostnames(options: { host?: string; publicUrl?: string }): (hostname: string) => boolean {
  const names = new Set<string>();
  if (options.host && !WILDCARD.has(options.host)) names.add(options.host.toLowerCase().replace(/^\[|\]$/g, ''));
  if (options.publicUrl) {
    const publicHost = hostnameOf(urlHost(options.publicUrl));
    if (publicHost) names.add(publicHost);
  }
  return (hostname) => LOOPBACK.test(hostname) || names.has(hostname);
}

function urlHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** `Host` header → lower-case hostname without port or IPv6 brackets. */
function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(host) ?? /^([^:]+)(?::\d+)?$/.exec(host);
  return m?.[1].toLowerCase();
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** `Authorization: Bearer <token>` compared in constant time over digests. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = header === undefined ? null : /^\s*bearer\s+(\S+)\s*$/i.exec(header);
  return timingSafeEqual(digest(match?.[1] ?? ''), expected) && match !== null;
}
