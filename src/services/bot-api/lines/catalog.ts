import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';
import { infobaseId } from '../params.js';

/** Spec 5.4–5.6. */
export const LINE_OPERATIONS: Record<string, OperationDetails> = {
  GetSupportLinesList: {
    params: [infobaseId],
    result: { kind: 'table', columns: [col.id('SupportLineID'), col.string('DisplayedName', 100), col.boolean('Predefined')] },
  },
  GetLinesToConsumers: {
    params: [infobaseId, param.uuid('ConsumerID', { ref: 'consumer' })],
    result: { kind: 'table', columns: [col.id('ConsumerID'), col.id('SupportLineID')] },
  },
  GetConsumersList: {
    params: [infobaseId],
    result: {
      kind: 'table',
      columns: [col.id('ConsumerID'), col.string('Name', 20), col.string('Surname', 20), col.string('SecondaryName', 20), col.string('Email', 320)],
    },
  },
};
