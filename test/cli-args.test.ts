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

  it('says what is wrong with a bad flag', () => {
    expect(() => parseCliArgs(['--port', 'x'])).toThrow('--port expects 0–65535, got "x"');
    expect(() => parseCliArgs(['--seed', '1.5'])).toThrow('--seed expects an integer');
    expect(() => parseCliArgs(['--account', 'nopassword'])).toThrow('--account expects login:password');
    expect(() => parseCliArgs(['--bogus'])).toThrow();
  });
});
