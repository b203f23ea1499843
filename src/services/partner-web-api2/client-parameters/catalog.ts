import { NO_PARAMS, param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

export const MAX_CLIENT_PARAMETER_KINDS = 4;
const COLORS = ['NONE', 'RED', 'GREEN', 'ORANGE', 'BLUE'] as const;

/** Names longer than 50 are cut silently (spec 3.9, 3.11). */
const name = (required: boolean) => param.string('Name', 50, { required, truncate: true });
const kindId = param.uuid('ClientParameterID', { required: true, ref: 'clientParameter', notDeleted: true });

/** Spec 3.9–3.14. 3.11 spells ShowToSpecialists "ShowTo Specialists"; both are accepted. */
export const CLIENT_PARAMETER_OPERATIONS: Record<string, OperationDetails> = {
  ClientAdditionalParameterAdd: {
    params: [name(true), param.boolean('ShowToClientUsers', { required: true }), param.boolean('ShowToSpecialists', { required: true })],
    result: { kind: 'structure', fields: [col.id('ClientParameterID')] },
  },
  ClientAdditionalParameterRead: {
    cacheable: true,
    params: NO_PARAMS,
    result: {
      kind: 'table',
      columns: [col.id('ClientParameterID'), col.string('Name', 50), col.boolean('ShowToClientUsers'), col.boolean('ShowToSpecialists')],
    },
  },
  ClientAdditionalParameterEdit: {
    params: [kindId, name(false), param.boolean('ShowToClientUsers'), param.boolean('ShowToSpecialists', { aliases: ['ShowTo Specialists'] })],
    result: { kind: 'none' },
  },
  ClientAdditionalParameterDelete: {
    params: [{ ...kindId, notDeleted: false }],
    result: { kind: 'none' },
  },
  ClientAdditionalParameterValueRead: {
    params: [{ ...kindId, required: false }, param.uuid('ClientID', { ref: 'client' })],
    result: {
      kind: 'table',
      columns: [col.id('ClientParameterID'), col.id('ClientID'), col.string('Value', 10), col.string('Color', 6)],
    },
  },
  ClientAdditionalParameterValueEdit: {
    params: [
      kindId,
      param.uuid('ClientID', { required: true, ref: 'client', notDeleted: true }),
      param.string('Value', 10, { allowEmpty: true }),
      param.string('Color', 11, { enum: COLORS }),
    ],
    result: { kind: 'none' },
  },
};
