const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.test(host.replace(/^\[|\]$/g, ''));
}

/** Beyond loopback the admin API would be open to the network: the server does not start without a token. */
export function checkListenSecurity(host: string, adminToken: string | undefined): void {
  if (!isLoopbackHost(host) && !adminToken) {
    throw new Error(`listening on ${host} (beyond loopback) needs --admin-token <secret>: the admin API would be open to the network`);
  }
}
