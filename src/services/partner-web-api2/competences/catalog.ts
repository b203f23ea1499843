import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

const specialistId = param.uuid('SpecialistID', { required: true, ref: 'specialist', notDeleted: true });
const serviceId = param.uuid('ServiceID', { required: true, ref: 'line', notDeleted: true });
/** 0 observer, 1 high, 2 medium, 3 standard; 0 is also the empty number, which the spec allows. */
const priority = (opts: Partial<ParamSpec> = {}) => param.number('Priority', { enum: [0, 1, 2, 3], allowEmpty: true, ...opts });

/** Spec 3.29–3.32. ActivateDate/ExpiresDate are in the server's zone (GMT+3). */
export const COMPETENCE_OPERATIONS: Record<string, OperationDetails> = {
  CompetenceRead: {
    params: [param.dateTime('ChangedFrom')],
    result: {
      kind: 'table',
      columns: [
        col.id('SpecialistID'),
        col.id('ServiceID'),
        col.dateTime('ActivateDate', true),
        col.dateTime('ExpiresDate', true),
        col.number('Priority', 1),
      ],
    },
  },
  CompetenceAdd: { params: [specialistId, serviceId, priority()], result: { kind: 'none' } },
  CompetenceEdit: { params: [specialistId, serviceId, priority({ required: true })], result: { kind: 'none' } },
  // A competence of a specialist or on a line deleted since may still be withdrawn.
  CompetenceDelete: {
    params: [
      { ...specialistId, notDeleted: false },
      { ...serviceId, notDeleted: false },
    ],
    result: { kind: 'none' },
  },
};
