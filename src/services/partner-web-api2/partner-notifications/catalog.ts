import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

/** Spec 3.16. ResultData is a Structure, as for every operation that makes one object (WIRE-FORMAT 4). */
export const PARTNER_NOTIFICATION_OPERATIONS: Record<string, OperationDetails> = {
  PartnerNotificationAdd: {
    params: [
      param.string('Name', 150, { required: true }),
      param.string('Subject', 150, { required: true }),
      param.string('Text', 500, { required: true }),
      param.table(
        'Recipients',
        [param.uuid('ServiceUserID', { required: true, ref: 'servedPerson' }), param.uuid('ServiceID', { required: true, ref: 'line', notDeleted: true })],
        { required: true, maxRows: 100 },
      ),
      param.string('DescriptionHint', 20, { allowEmpty: true, pairedWith: 'DescriptionURL' }),
      param.string('DescriptionURL', 300, { allowEmpty: true, pairedWith: 'DescriptionHint' }),
      param.dateTime('ScheduledDate', { future: true }),
    ],
    result: { kind: 'structure', fields: [col.id('PartnerNotificationID')] },
  },
};
