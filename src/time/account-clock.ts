/** A virtual clock per API account: real time unless set (and optionally frozen) through the admin API. */
export class AccountClocks {
  private readonly settings = new Map<string, { at: number; setAtReal: number; frozen: boolean }>();

  constructor(private readonly realNow: () => number = Date.now) {}

  now(account: string): Date {
    const s = this.settings.get(account);
    if (!s) return new Date(this.realNow());
    return new Date(s.frozen ? s.at : s.at + (this.realNow() - s.setAtReal));
  }

  set(account: string, now: Date, frozen: boolean): void {
    this.settings.set(account, { at: now.getTime(), setAtReal: this.realNow(), frozen });
  }

  /** Moves the account's clock by `ms` (a real-time clock becomes a running virtual one). */
  advance(account: string, ms: number): void {
    const s = this.settings.get(account);
    this.set(account, new Date(this.now(account).getTime() + ms), s?.frozen ?? false);
  }

  reset(account: string): void {
    this.settings.delete(account);
  }

  describe(account: string): { now: string; frozen: boolean; virtual: boolean } {
    const s = this.settings.get(account);
    return { now: this.now(account).toISOString(), frozen: s?.frozen ?? false, virtual: s !== undefined };
  }
}
