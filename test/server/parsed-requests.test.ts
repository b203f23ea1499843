import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/server/parsed-requests.js';
import { PARTNER_WEB_API2 } from '../../src/services/partner-web-api2/index.js';
import { SoapFaultError } from '../../src/xml/envelope.js';
import { XdtoFormatError } from '../../src/xml/xdto-read.js';

const envelope = (inner: string) =>
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:par="http://buhphone.com/PartnerWebAPI2">' +
  `<soap:Body>${inner}</soap:Body></soap:Envelope>`;

describe('parsed requests', () => {
  it('parses a small request once and gives the same reading to the same text', () => {
    const text = envelope('<par:RegionRead><par:Params/></par:RegionRead>');
    const first = parseRequest(PARTNER_WEB_API2, text);
    expect(first.request.operation.local).toBe('RegionRead');
    expect(parseRequest(PARTNER_WEB_API2, text)).toBe(first);
    expect(first.input()).toBe(first.input());
    expect(first.input()).toEqual({ type: 'structure', props: new Map() });
  });

  it('refuses a text that does not parse every time it comes', () => {
    const broken = envelope('<par:RegionRead>');
    expect(() => parseRequest(PARTNER_WEB_API2, broken)).toThrow(SoapFaultError);
    expect(() => parseRequest(PARTNER_WEB_API2, broken)).toThrow(SoapFaultError);
  });

  it('reads the input only when asked, so an unknown operation is reported before a bad input', () => {
    const parsed = parseRequest(PARTNER_WEB_API2, envelope('<par:NoSuchOperation><par:Params><Property xmlns="http://v8.1c.ru/8.1/data/core"><Value/></Property></par:Params></par:NoSuchOperation>'));
    expect(parsed.request.operation.local).toBe('NoSuchOperation');
    expect(() => parsed.input()).toThrow(XdtoFormatError);
  });

  it('does not keep big bodies', () => {
    const big = envelope(`<par:RegionRead><par:Params/></par:RegionRead><!--${'x'.repeat(10_000)}-->`);
    expect(parseRequest(PARTNER_WEB_API2, big)).not.toBe(parseRequest(PARTNER_WEB_API2, big));
  });
});
