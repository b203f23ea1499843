/**
 * A small seeded generator (mulberry32) for the activity history: tens of thousands of events need
 * something faster than faker; it is seeded from the family's faker stream, so it stays deterministic.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const VARIANT = ['8', '9', 'a', 'b'];

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weights: [[value, weight], ...]. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of options) {
      r -= w;
      if (r < 0) return value;
    }
    return options[options.length - 1][0];
  }

  /** A random (version 4 shaped) UUID in lower case. */
  uuid(): string {
    const b = (n: number) => HEX[Math.floor(this.next() * n)];
    const bytes = (count: number) => {
      let out = '';
      for (let i = 0; i < count; i++) out += b(256);
      return out;
    };
    return `${bytes(4)}-${bytes(2)}-4${HEX[Math.floor(this.next() * 256)].slice(1)}${b(256)}-${VARIANT[Math.floor(this.next() * 4)]}${HEX[Math.floor(this.next() * 256)].slice(1)}${b(256)}-${bytes(6)}`;
  }
}
