import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import type { OperationSpec, ParamSpec, RefKind } from '../../src/catalog/types.js';
import { SERVICES } from '../../src/services/index.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, startMock, type RunningMock } from '../support/mock-server.js';
import type { ParamInput } from '../support/soap-client.js';
import { structureRequest } from '../support/soap-request.js';
import { resetAccount } from '../../src/runtime.js';

/**
 * One contract for every catalog operation: each required parameter left out gives PARAM_NOT_EXIST
 * naming it; a minimal valid call gives SUCCESS; an operation without handler says so.
 */
const OWN_OBJECT: Record<RefKind, string> = {
  client: WELL_KNOWN.ownClient,
  region: WELL_KNOWN.regionMoscow,
  department: WELL_KNOWN.department,
  specialist: WELL_KNOWN.specialist,
  serviceUser: WELL_KNOWN.specialist,
  supportLine: WELL_KNOWN.supportLine,
};

function sample(spec: ParamSpec): ParamInput {
  switch (spec.type) {
    case 'uuid':
      return spec.ref ? OWN_OBJECT[spec.ref] : '6f1c2d3e-4a5b-4c6d-8e7f-000000000001';
    case 'string':
      if (spec.enum) return String(spec.enum[0]);
      return spec.email ? 'check@example.ru' : 'Проверка'.slice(0, spec.maxLength ?? 8);
    case 'number':
      return spec.enum ? Number(spec.enum[0]) : (spec.min ?? 1);
    case 'boolean':
      return true;
    case 'table':
      if (spec.columns) return { table: { columns: spec.columns.map((c) => c.name), rows: [spec.columns.map(sample)] } };
      return { dateTime: '2024-02-29T10:00:00' };
    default:
      return { dateTime: '2024-02-29T10:00:00' };
  }
}

function minimalParams(op: OperationSpec, without?: string): Record<string, ParamInput> {
  const required = (op.params ?? []).filter((p) => (p.required || p.requiredByDay) && p.name !== without);
  return Object.fromEntries(required.map((p) => [p.name, sample(p)]));
}

describe.each(SERVICES.filter((s) => s.protocol === 'structure').map((s) => [s.name, s] as const))('%s catalog contract', (_name, service) => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ limits: false });
  });
  beforeEach(() => {
    resetAccount(mock.runtime, 'demo', { now: new Date('2024-03-01T12:00:00+03:00'), frozen: true });
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
