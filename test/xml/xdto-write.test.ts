import { describe, expect, it } from 'vitest';
import { col } from '../../src/xml/value-type.js';
import { resultStructure, structureValue, tableValue } from '../../src/xml/xdto-write.js';

describe('xdto writer', () => {
  it('writes columns first, then rows, with typed values and Undefined as nil', () => {
    const xml = tableValue(
      [col.id('ID'), col.string('Name', 50), col.number('Login', 10), col.boolean('Deleted'), col.date('Birthday')],
      [['a', 'x < y', 42, false, '1991-01-06T00:00:00'], [null, '', 0, true, '0001-01-01T00:00:00']],
    );
    expect(xml).toBe(
      '<Value xsi:type="ValueTable">' +
        '<column><Name>ID</Name><ValueType><Type>xs:string</Type><Type>Null</Type><StringQualifiers><Length>0</Length><AllowedLength>Variable</AllowedLength></StringQualifiers></ValueType></column>' +
        '<column><Name>Name</Name><ValueType><Type>xs:string</Type><StringQualifiers><Length>50</Length><AllowedLength>Variable</AllowedLength></StringQualifiers></ValueType></column>' +
        '<column><Name>Login</Name><ValueType><Type>xs:decimal</Type><NumberQualifiers><Digits>10</Digits><FractionDigits>0</FractionDigits><AllowedSign>Any</AllowedSign></NumberQualifiers></ValueType></column>' +
        '<column><Name>Deleted</Name><ValueType><Type>xs:boolean</Type></ValueType></column>' +
        '<column><Name>Birthday</Name><ValueType><Type>xs:dateTime</Type><DateQualifiers><DateFractions>Date</DateFractions></DateQualifiers></ValueType></column>' +
        '<row><Value xsi:type="xs:string">a</Value><Value xsi:type="xs:string">x &lt; y</Value><Value xsi:type="xs:decimal">42</Value><Value xsi:type="xs:boolean">false</Value><Value xsi:type="xs:dateTime">1991-01-06T00:00:00</Value></row>' +
        '<row><Value xsi:nil="true"/><Value xsi:type="xs:string"></Value><Value xsi:type="xs:decimal">0</Value><Value xsi:type="xs:boolean">true</Value><Value xsi:type="xs:dateTime">0001-01-01T00:00:00</Value></row>' +
        '</Value>',
    );
  });

  it('writes a Structure and the ResultCode/ResultData pair in that order', () => {
    expect(structureValue([col.id('ClientID')], ['c1'])).toBe('<Value xsi:type="Structure"><Property name="ClientID"><Value xsi:type="xs:string">c1</Value></Property></Value>');
    expect(resultStructure('SUCCESS', '<Value xsi:nil="true"/>')).toBe(
      '<Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultCode"><Value xsi:type="xs:string">SUCCESS</Value></Property>' +
        '<Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultData"><Value xsi:nil="true"/></Property>',
    );
  });
});
