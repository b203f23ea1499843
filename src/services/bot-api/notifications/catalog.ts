import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';
import { infobaseId } from '../params.js';

/** Spec 5.7; the Recipients columns per WIRE-FORMAT §9 (DescriptionURL / DescriptionHint per row, both or neither). */
export const NOTIFICATION_OPERATIONS: Record<string, OperationDetails> = {
  SendNotification: {
    subscription: 'extendedFeatures',
    params: [
      infobaseId,
      param.string('Name', 150, { required: true }),
      param.string('Subject', 150, { required: true }),
      param.string('Text', 300, { required: true }),
      param.table('Recipients', [
        param.uuid('EmployeeID', { required: true, ref: 'recipient', servedOn: 'SupportLineID' }),
        param.uuid('SupportLineID', { required: true, ref: 'supportLine', ownOnly: true }),
        param.string('DescriptionURL', undefined, { allowEmpty: true }),
        param.string('DescriptionHint', 20, { allowEmpty: true, pairedWith: 'DescriptionURL' }),
      ], { required: true }),
    ],
    result: { kind: 'structure', fields: [col.id('NotificationID')] },
  },
};
