import parseBasicAuth from 'basic-auth';
import type { RequestHandler } from 'express';
import type { AccountRegistry } from '../accounts/account-registry.js';
import type { Account } from '../pipeline/call-context.js';

/** The realm the 1C:Enterprise web server answers with; some clients probe for it. */
export const REALM = 'Basic realm="1C:Enterprise 8.3"';

export const UNAUTHORIZED_TEXT = '1c-connect-mock: нужна HTTP Basic авторизация учётной записью API (демо: demo / demo)\n';

/** The API account an `Authorization` header names (HTTP Basic); with `provision`, an unseen login is created. */
export function accountOf(accounts: AccountRegistry, header: string | undefined, provision = false): Account | undefined {
  const credentials = header === undefined ? undefined : parseBasicAuth.parse(header);
  return credentials && accounts.authenticate(credentials.name, credentials.pass, provision);
}

/** HTTP Basic with an API account; nothing of the request is read before it passes. */
export function requireAccount(accounts: AccountRegistry, provision = false): RequestHandler {
  return (req, res, next) => {
    const account = accountOf(accounts, req.headers.authorization, provision);
    if (!account) {
      res.status(401).set('WWW-Authenticate', REALM).type('text/plain; charset=utf-8');
      res.send(UNAUTHORIZED_TEXT);
      return;
    }
    res.locals.account = account;
    next();
  };
}
