import { describe, expect, it } from 'vitest';
import { readStructure, XdtoFormatError } from '../../src/xml/xdto-read.js';
import { parseXml, XmlSyntaxError } from '../../src/xml/xml-tree.js';

const NSDECL = 'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const params = (inner: string, decl = NSDECL) => readStructure(parseXml(`<Params ${decl}>${inner}</Params>`));
const prop = (name: string, value: string) => `<Property xmlns="http://v8.1c.ru/8.1/data/core" name="${name}">${value}</Property>`;

describe('readStructure', () => {
  it('reads every simple xsi:type', () => {
    const s = params(
      prop('S', '<Value xsi:type="xs:string"> a &amp; b </Value>') +
        prop('D', '<Value xsi:type="xs:decimal">12.50</Value>') +
        prop('I', '<Value xsi:type="xs:int">-3</Value>') +
        prop('B', '<Value xsi:type="xs:boolean">true</Value>') +
        prop('T', '<Value xsi:type="xs:dateTime">2024-02-26T10:00:00</Value>') +
        prop('X', '<Value xsi:type="xs:base64Binary">aGVsbG8=</Value>') +
        prop('N', '<Value xsi:nil="true"/>'),
    );
    expect(s.props.get('S')).toEqual({ type: 'string', value: ' a & b ' });
    expect(s.props.get('D')).toEqual({ type: 'number', value: 12.5 });
    expect(s.props.get('I')).toEqual({ type: 'number', value: -3 });
    expect(s.props.get('B')).toEqual({ type: 'boolean', value: true });
    expect(s.props.get('T')).toEqual({ type: 'dateTime', value: '2024-02-26T10:00:00' });
    expect(s.props.get('X')).toEqual({ type: 'base64', value: Buffer.from('hello') });
    expect(s.props.get('N')).toEqual({ type: 'undefined' });
  });

  it('takes a Value without a usable xsi:type as an untyped string', () => {
    expect(params(prop('A', '<Value>7</Value>')).props.get('A')).toEqual({ type: 'string', value: '7', untyped: true });
    const foreign = params(prop('A', '<Value xsi:type="xs:decimal">7</Value>'), 'xmlns:xsi="xsi"');
    expect(foreign.props.get('A')).toEqual({ type: 'string', value: '7', untyped: true });
  });

  it('accepts Property in no namespace and with a core: prefix', () => {
    const s = params(
      `<Property name="A"><Value xsi:type="xs:string">1</Value></Property><core:Property xmlns:core="http://v8.1c.ru/8.1/data/core" name="B"><core:Value xsi:type="xs:string">2</core:Value></core:Property>`,
    );
    expect([...s.props.keys()]).toEqual(['A', 'B']);
  });

  it('reads a ValueTable, an Array and a nested Structure', () => {
    const s = params(
      prop(
        'T',
        '<Value xsi:type="ValueTable"><column><Name>A</Name></column><column><Name>B</Name></column><row><Value xsi:type="xs:string">x</Value></row></Value>',
      ) +
        prop('L', '<Value xsi:type="Array"><Value xsi:type="xs:decimal">1</Value><Value xsi:type="xs:decimal">2</Value></Value>') +
        prop('S', `<Value xsi:type="Structure">${prop('Inner', '<Value xsi:type="xs:boolean">false</Value>')}</Value>`),
    );
    expect(s.props.get('T')).toEqual({ type: 'table', columns: ['A', 'B'], rows: [[{ type: 'string', value: 'x' }, { type: 'undefined' }]] });
    expect(s.props.get('L')).toEqual({ type: 'array', items: [{ type: 'number', value: 1 }, { type: 'number', value: 2 }] });
    const inner = s.props.get('S');
    expect(inner?.type === 'structure' && inner.props.get('Inner')).toEqual({ type: 'boolean', value: false });
  });

  it('takes empty and text-only Params as an empty Structure', () => {
    expect(params('').props.size).toBe(0);
    expect(params('Params').props.size).toBe(0);
  });

  it('rejects a number that is not one', () => {
    expect(() => params(prop('D', '<Value xsi:type="xs:decimal">abc</Value>'))).toThrow(XdtoFormatError);
  });
});

describe('parseXml', () => {
  it('refuses DOCTYPE and entity declarations without expanding them', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow(XmlSyntaxError);
  });

  it('refuses malformed XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlSyntaxError);
  });
});

describe('undeclared conventional prefixes', () => {
  it('reads xs: and xsi: with their usual meaning when the sender did not declare them', () => {
    const s = readStructure(parseXml(`<Params><Property name="A"><Value xsi:type="xs:decimal">5</Value></Property><Property name="B"><Value xsi:nil="true"/></Property></Params>`));
    expect(s.props.get('A')).toEqual({ type: 'number', value: 5 });
    expect(s.props.get('B')).toEqual({ type: 'undefined' });
  });
});

describe('parseXml edge cases', () => {
  it('refuses a second element after the root', () => {
    expect(() => parseXml('<a/><b/>')).toThrow('после корневого элемента');
  });

  it('allows DOCTYPE-like text inside CDATA and comments', () => {
    const el = parseXml('<a><!-- <!DOCTYPE x> --><b><![CDATA[<!DOCTYPE html> отдел]]></b></a>');
    expect(el.children[0].text).toBe('<!DOCTYPE html> отдел');
  });
});
