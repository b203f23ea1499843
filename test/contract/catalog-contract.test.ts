import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OperationSpec, ParamSpec } from '../../src/catalog/types.js';
import { SERVICES } from '../../src/services/index.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import type { ParamInput } from '../support/soap-client.js';
import { structureRequest } from '../support/soap-request.js';
import { resetAccount } from '../../src/runtime.js';
import { minimalParams, prepareSamples, sample } from '../support/catalog-samples.js';
import { CONTACT_TYPE } from '../../src/services/partner-api/dictionaries/values.js';
import { operandFaultText } from '../../src/protocol/operand-return.js';
import { decodeOperandResponse, operandRequest } from '../support/partner-api.js';

/**
 * One contract for every catalog operation: each required parameter left out gives PARAM_NOT_EXIST
 * naming it; a minimal valid call gives SUCCESS; an operation without handler says so.
 */
describe.each(SERVICES.filter((s) => s.protocol === 'structure').map((s) => [s.name, s] as const))('%s catalog contract', (_name, service) => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ limits: false });
  });
  beforeEach(() => {
    resetAccount(mock.runtime, 'demo', { now: new Date('2024-03-01T12:00:00+03:00'), frozen: true });
    prepareSamples(mock.runtime.db);
  });
  afterAll(() => mock.close());

  const send = async (op: OperationSpec, params: Record<string, ParamInput>) => {
    const res = await postSoap(`${mock.url}/cus/ws/${service.name}`, structureRequest(service.name, op.name, params));
    expect(res.status).toBe(200);
    return decodeResponse(res.text);
  };

  const implemented = [...service.catalog.values()].filter((op) => op.params && service.handlers[op.name]);
  const pending = [...service.catalog.values()].filter((op) => !implemented.includes(op));

  it.each(implemented.map((op) => [op.name, op] as const))('%s: each required parameter is checked, a minimal call succeeds', async (_n, op) => {
    // The clock is in the day window, so parameters required by day are required here.
    for (const p of (op.params ?? []).filter((q) => q.required || q.requiredByDay)) {
      expect(await send(op, minimalParams(op, p.name)), `${op.name} without ${p.name}`).toEqual({ code: 'PARAM_NOT_EXIST', data: p.name });
    }
    expect((await send(op, minimalParams(op))).code).toBe('SUCCESS');
  });

  if (pending.length > 0) {
    it.each(pending.map((op) => [op.name, op] as const))('%s: not implemented yet', async (_n, op) => {
      expect(await send(op, {})).toEqual({ code: 'UNCLASSIFIED_ERROR', data: 'operation is not implemented yet' });
    });
  }
});

/** Operand values a minimal PartnerAPI call needs beyond the generic sample (e.g. a contact type of the right kind). */
const OPERAND_SAMPLES: Record<string, Record<string, string | number | boolean>> = {
  partner_contact_edit: { contact_type_id: CONTACT_TYPE.partnerPhone },
  client_edit_its: { client_reg_num: '810012345', pay_method_type_id: 4 },
  client_contact_edit: { contact_type_id: CONTACT_TYPE.clientAddress },
  account_access_email_notify: { smtp_port: 25 },
};

/** PartnerAPI 1.20: operands instead of Params, Faults instead of ResultCodes. */
describe.each(SERVICES.filter((s) => s.protocol === 'operands').map((s) => [s.name, s] as const))('%s operand contract', (_name, service) => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ limits: false });
  });
  beforeEach(async () => {
    resetAccount(mock.runtime, 'demo');
    await setClock(mock.url, '2024-03-01T12:00:00+03:00');
  });
  afterAll(() => mock.close());

  const operandValue = (spec: ParamSpec): string | number | boolean => {
    const v = sample(spec, service.name);
    if (typeof v !== 'object' || v === null) return v ?? '';
    return 'dateTime' in v ? v.dateTime : 'value' in v ? v.value : '';
  };
  const send = (op: OperationSpec, without?: string) => {
    const operands = Object.fromEntries(
      (op.params ?? []).filter((p) => p.required && p.name !== without).map((p) => [p.name, OPERAND_SAMPLES[op.name]?.[p.name] ?? operandValue(p)]),
    );
    return postSoap(`${mock.url}/cus/ws/${service.name}`, operandRequest(op.name, operands));
  };
  const faultText = (xml: string) => /<faultstring>([\s\S]*?)<\/faultstring>/.exec(xml)?.[1];

  const implemented = [...service.catalog.values()].filter((op) => op.params && service.handlers[op.name]);
  const pending = [...service.catalog.values()].filter((op) => !implemented.includes(op));

  it.each(implemented.map((op) => [op.name, op] as const))('%s: each required operand is checked, a minimal call succeeds', async (_n, op) => {
    for (const p of (op.params ?? []).filter((q) => q.required)) {
      const res = await send(op, p.name);
      expect(res.status, `${op.name} without ${p.name}`).toBe(500);
      expect(faultText(res.text)).toBe(operandFaultText(op, 'PARAM_NOT_EXIST', p.name).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    }
    const res = await send(op);
    expect(res.status, res.text).toBe(200);
    expect(decodeOperandResponse(res.text)).toBeDefined();
  });

  if (pending.length > 0) {
    it.each(pending.map((op) => [op.name, op] as const))('%s: not implemented yet', async (_n, op) => {
      const res = await send(op);
      expect(res.status).toBe(500);
      expect(faultText(res.text)).toBe('operation is not implemented yet');
    });
  }
});
