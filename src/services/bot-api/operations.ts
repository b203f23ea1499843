import type { OperationHeader } from '../../catalog/define.js';

/** Every BotAPI operation with its hourly limits, batch size and daytime period limit (spec 002 section 5; the two day limits are the vendor's newer wiki, WIRE-FORMAT §9). */
export const BOT_API_OPERATIONS: readonly OperationHeader[] = [
  { name: 'AddEmployee', section: '5.1', limits: {} },
  { name: 'RestoreEmployee', section: '5.2', limits: {} },
  { name: 'DeleteEmployee', section: '5.3', limits: {} },
  { name: 'GetSupportLinesList', section: '5.4', limits: {} },
  { name: 'GetLinesToConsumers', section: '5.5', limits: { dayPerHour: 100 } },
  { name: 'GetConsumersList', section: '5.6', limits: {} },
  { name: 'SendNotification', section: '5.7', limits: {} },
  { name: 'AddFile', section: '5.8', limits: {} },
  { name: 'SendFile', section: '5.9', limits: {} },
  { name: 'GetEmployeesList', section: '5.10', limits: { dayPerHour: 100 } },
];
