import type { JournalEntry } from './pipeline/call-journal.js';
import type { FaultRule } from './server/fault-rules.js';

export type { FaultRule } from './server/fault-rules.js';

export interface AccountSettings {
  utcOffset: string;
  extendedFeatures: boolean;
  storefrontClickLogs: boolean;
}

export interface ClockState {
  now: string;
  frozen: boolean;
  virtual: boolean;
}

export interface AccountInfo {
  login: string;
  seed: number;
  settings: AccountSettings;
  clock: ClockState;
}

export interface SnapshotInfo {
  name: string;
  createdAt: string;
}

export interface LimitsInfo {
  login: string;
  now: string;
  window: 'day' | 'night';
  enabled: boolean;
  scale: number;
  operations: { service: string; operation: string; used: number; limit: number; remaining: number }[];
}

export interface LimitsChange {
  enabled?: boolean;
  scale?: number;
  remaining?: { operation: string; calls: number };
}

/** One journaled call (see CallJournal). */
export type JournalCall = JournalEntry;

export interface JournalQuery {
  operation?: string;
  resultCode?: string;
  /** Calls from this real instant on. */
  since?: string | Date;
  limit?: number;
}

export interface OutboxItem {
  id: string;
  kind: 'welcome-email' | 'notification' | 'chat-file';
  operation: string;
  recipient: string;
  summary: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** An admin API answer other than 2xx: its status and `error` text. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

/** A typed client of the admin API (`/admin/api`), the same JSON a dashboard reads. */
export class AdminClient {
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly options: { token?: string } = {},
  ) {
    this.base = `${baseUrl.replace(/\/$/, '')}/admin/api`;
  }

  health(): Promise<{ status: 'ok'; services: string[]; accounts: string[] }> {
    return this.request('GET', '/health');
  }

  async accounts(): Promise<AccountInfo[]> {
    return (await this.request<{ accounts: AccountInfo[] }>('GET', '/accounts')).accounts;
  }

  account(login: string): Promise<AccountInfo> {
    return this.request('GET', `/accounts/${enc(login)}`);
  }

  createAccount(account: { login: string; password: string; seed?: number }): Promise<AccountInfo> {
    return this.request('POST', '/accounts', account);
  }

  async deleteAccount(login: string): Promise<void> {
    await this.request('DELETE', `/accounts/${enc(login)}`);
  }

  /** The seeded world again, no counters, journal or faults, real time. */
  async reset(login = 'demo'): Promise<void> {
    await this.request('POST', `/accounts/${enc(login)}/reset`);
  }

  settings(login = 'demo'): Promise<AccountSettings & { login: string }> {
    return this.request('GET', `/accounts/${enc(login)}/settings`);
  }

  setSettings(login: string, settings: Partial<AccountSettings>): Promise<AccountSettings & { login: string }> {
    return this.request('PUT', `/accounts/${enc(login)}/settings`, settings);
  }

  saveSnapshot(login: string, name: string): Promise<SnapshotInfo & { login: string }> {
    return this.request('POST', `/accounts/${enc(login)}/snapshots/${enc(name)}`);
  }

  async restoreSnapshot(login: string, name: string): Promise<void> {
    await this.request('POST', `/accounts/${enc(login)}/snapshots/${enc(name)}/restore`);
  }

  async snapshots(login = 'demo'): Promise<SnapshotInfo[]> {
    return (await this.request<{ snapshots: SnapshotInfo[] }>('GET', `/accounts/${enc(login)}/snapshots`)).snapshots;
  }

  async deleteSnapshot(login: string, name: string): Promise<void> {
    await this.request('DELETE', `/accounts/${enc(login)}/snapshots/${enc(name)}`);
  }

  setClock(login: string, now: string | Date, frozen = true): Promise<ClockState & { login: string }> {
    return this.request('PUT', `/accounts/${enc(login)}/clock`, { now: now instanceof Date ? now.toISOString() : now, frozen });
  }

  advanceClock(login: string, minutes: number): Promise<ClockState & { login: string }> {
    return this.request('POST', `/accounts/${enc(login)}/clock/advance`, { minutes });
  }

  realClock(login = 'demo'): Promise<ClockState & { login: string }> {
    return this.request('DELETE', `/accounts/${enc(login)}/clock`);
  }

  limits(login = 'demo'): Promise<LimitsInfo> {
    return this.request('GET', `/accounts/${enc(login)}/limits`);
  }

  setLimits(login: string, change: LimitsChange): Promise<LimitsInfo> {
    return this.request('PUT', `/accounts/${enc(login)}/limits`, change);
  }

  async faults(login = 'demo'): Promise<FaultRule[]> {
    return (await this.request<{ rules: FaultRule[] }>('GET', `/accounts/${enc(login)}/faults`)).rules;
  }

  async setFaults(login: string, rules: FaultRule[]): Promise<FaultRule[]> {
    return (await this.request<{ rules: FaultRule[] }>('PUT', `/accounts/${enc(login)}/faults`, rules)).rules;
  }

  async clearFaults(login = 'demo'): Promise<void> {
    await this.request('DELETE', `/accounts/${enc(login)}/faults`);
  }

  async journal(login = 'demo', query: JournalQuery = {}): Promise<JournalCall[]> {
    const since = query.since instanceof Date ? query.since.toISOString() : query.since;
    const path = `/accounts/${enc(login)}/journal${search({ ...query, since })}`;
    return (await this.request<{ calls: JournalCall[] }>('GET', path)).calls;
  }

  async outbox(login = 'demo', query: { kind?: OutboxItem['kind']; limit?: number } = {}): Promise<OutboxItem[]> {
    return (await this.request<{ items: OutboxItem[] }>('GET', `/accounts/${enc(login)}/outbox${search(query)}`)).items;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json().catch(() => ({}))) as T & { error?: string };
    if (!res.ok) throw new AdminApiError(res.status, json.error ?? `HTTP ${res.status}`);
    return json;
  }
}

const enc = encodeURIComponent;

function search(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}
