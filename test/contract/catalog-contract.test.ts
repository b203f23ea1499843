import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../src/catalog/types.js';
import { SERVICES } from '../../src/services/index.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import type { ParamInput } from '../support/soap-client.js';
import { structureRequest } from '../support/soap-request.js';
import { resetAccount } from '../../src/runtime.js';
import { minimalParams, prepareSamples } from '../support/catalog-samples.js';

/**
 * One contract for every catalog operation: each required parameter left out gives PARAM_NOT_EXIST
 * naming it; a minimal valid call gives SUCCESS; an operation without handler says so.
 */
describe.each(SERVICES.filter((s) => s.protocol === 'structure').map((s) => [s.name, s] as const))('%s catalog contract', (_name, service) => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ limits: false });
  });
  beforeEach(async () => {
    resetAccount(mock.runtime, 'demo');
    await setClock(mock.url, '2024-03-01T12:00:00+03:00');
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
    for (const p of (op.params ?? []).filter((q) => q.required)) {
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
