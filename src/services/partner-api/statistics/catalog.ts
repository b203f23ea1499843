import type { OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { field, operand, table } from '../operands.js';

/** Report times are Moscow time (spec 003: "Все операции проходят по московскому времени"). */
const moscow = (name: string, opts: Partial<ParamSpec> = {}) => operand.dateTime(name, { serverTimeZone: true, ...opts });
const TOO_OLD = 'Начало интервала отчета (start_time) не может быть раньше, чем два календарных месяца назад';
const startTime = moscow('start_time', { notBeforeMonths: 2, faults: { VALUE_IS_NOT_VALID: TOO_OLD } });
const agent = (name: string, aliases: string[] = []) => operand.id(name, undefined, { aliases });

/** Spec 003 statistics_read, remote_access_statistics_read, sip_calls_statistics_read, chat_history_*. */
export const STATISTICS_OPERATIONS: Record<string, OperationDetails> = {
  statistics_read: {
    params: [startTime, moscow('end_time'), operand.id('client_id', 'client'), agent('agent_id'), agent('src_agent_id'), agent('dst_agent_id'), operand.id('service_type_id', 'line')],
    result: table(
      field.id('call_id'),
      field.dateTime('time', true),
      field.int('duration'),
      field.id('partner_id'),
      field.id('client_id'),
      field.id('src_agent_id'),
      field.id('dst_agent_id'),
      field.id('service_type_id'),
      field.int('call_status_id'),
      field.int('remote_status_id'),
      field.text('URL_call_record'),
    ),
  },
  // The text names the agent operands server_agent_id / client_agent_id: accepted for src_agent_id / dst_agent_id.
  remote_access_statistics_read: {
    params: [
      startTime,
      moscow('end_time'),
      operand.id('client_id', 'client'),
      agent('agent_id'),
      agent('src_agent_id', ['server_agent_id']),
      agent('dst_agent_id', ['client_agent_id']),
      operand.id('service_type_id', 'line'),
    ],
    result: table(
      field.id('session_id'),
      field.dateTime('time', true),
      field.int('duration'),
      field.id('partner_id'),
      field.id('client_id'),
      field.id('server_agent_id'),
      field.id('dst_agent_id'),
      field.id('service_type_id'),
      field.int('remote_access_result_id'),
      field.int('remote_access_type_id'),
    ),
  },
  sip_calls_statistics_read: {
    params: [startTime, moscow('end_time'), agent('agent_id'), operand.string('abonent', 50)],
    result: table(
      field.id('call_id'),
      field.dateTime('time', true),
      field.int('duration'),
      field.int('duration_after_answer'),
      field.id('agent_id'),
      field.text('abonent', 50),
      field.flag('incoming'),
      field.int('sip_call_status_id'),
    ),
  },
  chat_history_statistics_read: {
    params: [
      operand.id('client_user_id', 'clientUser', { required: true }),
      operand.id('service_id', 'line', { required: true }),
      moscow('period_from', { required: true }),
      moscow('period_to', { required: true }),
    ],
    result: { kind: 'binary' },
  },
  chat_history_colleagues_read: {
    params: [
      operand.id('Colleague1_id', 'specialist', { required: true }),
      operand.id('Colleague2_id', 'specialist', { required: true }),
      moscow('period_from', { required: true }),
      moscow('period_to', { required: true }),
    ],
    result: { kind: 'binary' },
  },
};
