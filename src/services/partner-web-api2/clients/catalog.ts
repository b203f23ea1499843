import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

const clientId = param.uuid('ClientID', { required: true, ref: 'client', ownOnly: true });
const changedFrom = param.dateTime('ChangedFrom');

/** Spec 3.21–3.24. ClientEdit's RegNumberPPIC is spelled RegNumberPP1С in 3.23; both are accepted. */
export const CLIENT_OPERATIONS: Record<string, OperationDetails> = {
  ClientRead: {
    cacheable: true,
    params: [changedFrom],
    result: {
      kind: 'table',
      columns: [
        col.id('ClientID'),
        col.string('Name', 50),
        col.string('FullName', 255),
        col.id('RegionID'),
        col.string('TaxPayerIdentifier', 12),
        col.id('ClientManager'),
        col.id('ServiceManager'),
        col.string('RegNumberPPIC', 12),
        col.boolean('Deleted'),
        col.boolean('CreatedByMe'),
      ],
    },
  },
  ClientAdd: {
    params: [
      param.string('Name', 50, { required: true }),
      param.string('FullName', 255, { allowEmpty: true }),
      param.uuid('RegionID', { required: true, ref: 'region' }),
      param.string('TaxPayerIdentifier', 12, { allowEmpty: true }),
      param.string('RegNumberPPIC', 12, { allowEmpty: true }),
    ],
    result: { kind: 'structure', fields: [col.id('ClientID')] },
  },
  ClientEdit: {
    params: [
      // Only clients that are not deleted may be edited (spec 3.23).
      { ...clientId, notDeleted: true },
      param.string('Name', 50),
      param.string('FullName', 255, { allowEmpty: true }),
      param.uuid('RegionID', { ref: 'region' }),
      param.string('TaxPayerIdentifier', 12, { allowEmpty: true }),
      param.string('RegNumberPPIC', 12, { allowEmpty: true, aliases: ['RegNumberPP1С', 'RegNumberPP1C'] }),
    ],
    result: { kind: 'none' },
  },
  ClientDelete: {
    params: [clientId],
    result: { kind: 'none' },
  },
};
