import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args.js';

describe('parseCliArgs', () => {
  it('has the documented defaults', () => {
    expect(parseCliArgs([])).toMatchObject({ port: 8080, host: '127.0.0.1', dbFile: undefined, seed: undefined, accounts: [], limits: true });
  });

  it('reads every flag, --account more than once', () => {
    const o = parseCliArgs(['--port', '9000', '--host', '0.0.0.0', '--db', 'sandbox.db', '--seed', '7', '--account', 'a:b', '--account', 'c:d:e', '--no-limits']);
    expect(o).toMatchObject({ port: 9000, host: '0.0.0.0', dbFile: 'sandbox.db', seed: 7, limits: false });
    expect(o.accounts).toEqual([
      { login: 'a', password: 'b' },
      { login: 'c', password: 'd:e' },
    ]);
  });

  it('reads --scale, the size of the seeded activity', () => {
    expect(parseCliArgs(['--scale', '3']).scale).toBe(3);
    expect(parseCliArgs([]).scale).toBeUndefined();
  });

  it('says what is wrong with a bad flag', () => {
    expect(() => parseCliArgs(['--port', 'x'])).toThrow('--port expects 0–65535, got "x"');
    expect(() => parseCliArgs(['--seed', '1.5'])).toThrow('--seed expects an integer');
    expect(() => parseCliArgs(['--scale', '0'])).toThrow('--scale expects a whole number from 1 to 100');
    expect(() => parseCliArgs(['--account', 'nopassword'])).toThrow('--account expects login:password');
    expect(() => parseCliArgs(['--bogus'])).toThrow();
  });
});
