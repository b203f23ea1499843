import parseBasicAuth from 'basic-auth';
import type { RequestHandler } from 'express';
import type { AccountRegistry } from '../accounts/account-registry.js';

/** The realm the 1C:Enterprise web server answers with; some clients probe for it. */
export const REALM = 'Basic realm="1C:Enterprise 8.3"';

export const UNAUTHORIZED_TEXT = '1c-connect-mock: нужна HTTP Basic авторизация учётной записью API (демо: demo / demo)\n';

/** HTTP Basic with an API account; nothing of the request is read before it passes. */
export function requireAccount(accounts: AccountRegistry, provision = false): RequestHandler {
  return (req, res, next) => {
    const credentials = parseBasicAuth(req);
    const account = credentials && accounts.authenticate(credentials.name, credentials.pass, provision);
    if (!account) {
      res.status(401).set('WWW-Authenticate', REALM).type('text/plain; charset=utf-8');
      res.send(UNAUTHORIZED_TEXT);
      return;
    }
    res.locals.account = account;
    next();
  };
}
