import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { decodeResponse } from '../../support/decode-response.js';
import { postSoap } from '../../support/mock-server.js';
import { consumerOnSupportLine, count, useBotMock } from '../../support/use-bot-mock.js';

/** Request shapes that BotAPI clients send on the wire (WIRE-FORMAT §9), written out by hand. */
describe('BotAPI envelopes of WIRE-FORMAT §9', () => {
  const f = useBotMock();
  const url = () => `${f.mock.url}/cus/ws/BotAPI`;

  it('the BotAPI WSDL loads in node-soap with its ten operations on both ports', () => {
    const ports = f.bot11.describe().BotAPI as Record<string, Record<string, unknown>>;
    expect(Object.keys(ports).sort()).toEqual(['BotAPISoap', 'BotAPISoap12']);
    expect(Object.keys(ports.BotAPISoap).sort()).toEqual([
      'AddEmployee', 'AddFile', 'DeleteEmployee', 'GetConsumersList', 'GetEmployeesList',
      'GetLinesToConsumers', 'GetSupportLinesList', 'RestoreEmployee', 'SendFile', 'SendNotification',
    ]);
  });

  it('SOAP 1.2 GetEmployeesList whose xsi prefix is bound to a wrong namespace: InfobaseID read as a string, SUCCESS', async () => {
    const body =
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:bot="http://buhphone.com/BotAPI" xmlns:xsi="xsi">' +
      '<soap:Body><bot:GetEmployeesList><bot:Params>' +
      '<Property xmlns="http://v8.1c.ru/8.1/data/core" name="InfobaseID"><Value xsi:type="xsi:string">b3a1c9d0-infobase</Value></Property>' +
      '</bot:Params></bot:GetEmployeesList></soap:Body></soap:Envelope>';
    const res = await postSoap(url(), body, { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '"http://buhphone.com/BotAPI#BotAPI:GetEmployeesList"' });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/soap+xml; charset=utf-8');
    const decoded = decodeResponse(res.text) as { code: string; data: Record<string, string>[] };
    expect(decoded.code).toBe('SUCCESS');
    expect(decoded.data).toHaveLength(14);
    expect(Object.keys(decoded.data[0])).toEqual(['EmployeeID', 'Name', 'Surname', 'SecondaryName', 'Email', 'Login']);
  });

  it('SOAP 1.1 SendNotification with the four-column Recipients table, empty DescriptionURL/DescriptionHint in every row, sent as text/plain', async () => {
    const consumer = consumerOnSupportLine(f.mock.runtime.db);
    const cell = (v: string) => `<Value xsi:type="xs:string">${v}</Value>`;
    const column = (name: string) => `<column><Name>${name}</Name><ValueType><Type>xs:string</Type></ValueType></column>`;
    const row = (employee: string, line: string) => `<row>${cell(employee)}${cell(line)}${cell('')}${cell('')}</row>`;
    const prop = (name: string, value: string) => `<Property name="${name}">${value}</Property>`;
    const body =
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:bot="http://buhphone.com/BotAPI">' +
      '<soapenv:Header/><soapenv:Body><bot:SendNotification>' +
      '<bot:Params xmlns="http://v8.1c.ru/8.1/data/core" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      prop('InfobaseID', cell('b3a1c9d0-infobase')) +
      prop('Name', cell('Плановые работы')) +
      prop('Subject', cell('Сервер 1С недоступен в субботу')) +
      prop('Text', cell('С 10:00 до 12:00 мск сервер будет недоступен.')) +
      prop(
        'Recipients',
        `<Value xsi:type="ValueTable">${['EmployeeID', 'SupportLineID', 'DescriptionURL', 'DescriptionHint'].map(column).join('')}` +
          `${row(consumer, WELL_KNOWN.supportLine)}${row(WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine)}</Value>`,
      ) +
      '</bot:Params></bot:SendNotification></soapenv:Body></soapenv:Envelope>';
    const before = count(f.mock.runtime.db, 'chat_messages');
    const res = await postSoap(url(), body, { 'Content-Type': 'text/plain; charset=utf-8' });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/xml; charset=utf-8');
    const decoded = decodeResponse(res.text) as { code: string; data: { NotificationID: string } };
    expect(decoded.code).toBe('SUCCESS');
    expect(decoded.data.NotificationID).toMatch(/^[0-9a-f-]{36}$/);
    expect(count(f.mock.runtime.db, 'chat_messages')).toBe(before + 2);
  });
});
