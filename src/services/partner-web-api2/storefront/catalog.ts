import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ColumnSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

export const START_PICTURE_TYPES = ['CLIENTS', 'SPECIALISTS', 'BIRTHDAYS'] as const;
export const BUY_REQUEST_STATUSES = ['ON_CONSIDERATION', 'ACCEPTED', 'REJECTED'] as const;

const counters: readonly ColumnSpec[] = [col.number('ShowsCount', 10), col.number('UniqueShowsCount', 10), col.number('ClicksCount', 10), col.dateTime('CreateTime')];
const period = [param.dateTime('PeriodFrom'), param.dateTime('PeriodTo')];
const clickColumns = (itemId: string): ColumnSpec[] => [
  col.id(itemId),
  col.string('ClickMoment', 50),
  col.id('ClientID'),
  col.id('ServiceUserID'),
  col.string('CurrentLink', 0),
];
const buyRequestId = param.uuid('RequestID', { required: true, ref: 'storefrontBuyRequest' });

/**
 * Spec 3.17–3.20 and 3.48–3.50. StartPictureRead's StartPictureType filter is "Булево" in 3.18: a
 * string with the three values it lists. ClickMoment is a string (Строка 50) in the account's zone.
 */
export const STOREFRONT_OPERATIONS: Record<string, OperationDetails> = {
  StorefrontProductsRead: {
    params: [param.boolean('EnabledToShow'), param.boolean('OwnProduct')],
    result: {
      kind: 'table',
      columns: [
        col.id('ProductID'),
        col.string('Name', 30),
        col.boolean('OwnProduct'),
        col.string('Cost', 30),
        col.base64('Picture'),
        col.boolean('EnabledToShow'),
        col.string('DescriptionURL', 300),
        col.string('EMailForNotification', 300),
        col.dateTime('PublicationDate'),
        col.dateTime('PublicationEndDate'),
        ...counters,
      ],
    },
  },
  StartPictureRead: {
    params: [param.boolean('EnabledToShow'), param.boolean('OwnProduct'), param.string('StartPictureType', 11, { enum: START_PICTURE_TYPES })],
    result: {
      kind: 'table',
      columns: [
        col.id('StartPictureID'),
        col.string('Name', 50),
        col.boolean('OwnStartPicture'),
        col.boolean('EnabledToShow'),
        col.string('StartPictureType', 11),
        col.string('DescriptionURL', 300),
        col.number('ShowsLimit', 10),
        col.string('EMailForNotification', 300),
        col.dateTime('PublicationDate'),
        col.dateTime('PublicationEndDate'),
        ...counters,
      ],
    },
  },
  StorefrontProductClicksHistoryRead: {
    params: [param.uuid('ProductID', { ref: 'storefrontProduct', notDeleted: true }), ...period],
    period: { from: 'PeriodFrom', to: 'PeriodTo' },
    subscription: 'storefrontClickLogs',
    result: { kind: 'table', columns: clickColumns('ProductID') },
  },
  StartPictureClicksHistoryRead: {
    params: [param.uuid('StartPictureID', { ref: 'startPicture', notDeleted: true }), ...period],
    period: { from: 'PeriodFrom', to: 'PeriodTo' },
    subscription: 'storefrontClickLogs',
    result: { kind: 'table', columns: clickColumns('StartPictureID') },
  },
  StorefrontProductBuyRequestsGet: {
    params: [
      param.dateTime('CreateTimeFrom'),
      param.dateTime('CreateTimeTo'),
      param.uuid('RequestID', { ref: 'storefrontBuyRequest' }),
      param.uuid('ProductID', { ref: 'storefrontProduct' }),
      param.uuid('AgentCreatorID', { ref: 'person' }),
      param.string('Status', 16, { enum: BUY_REQUEST_STATUSES }),
    ],
    period: { from: 'CreateTimeFrom', to: 'CreateTimeTo' },
    result: {
      kind: 'table',
      columns: [col.id('RequestID'), col.id('ProductID'), col.id('AgentCreatorID'), col.string('Status', 16), col.dateTime('CreationTime'), col.dateTime('ExecutedTime')],
    },
  },
  StorefrontProductBuyRequestAccept: { params: [buyRequestId], result: { kind: 'none' } },
  StorefrontProductBuyRequestRefuse: { params: [buyRequestId], result: { kind: 'none' } },
};
