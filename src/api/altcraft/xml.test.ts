import createDynamic from './fixtures/create-dynamic.request.json';
import createStatic from './fixtures/create-static.request.json';
import { toXml } from './xml';

describe('toXml', () => {
  it('renders the static example under an <xml> root', () => {
    expect(toXml(createStatic, { indent: '' })).toBe(
      [
        '<xml>',
        '<name>Static segment</name>',
        '<is_static>true</is_static>',
        '<list_id>5</list_id>',
        '<is_refresh_daily>false</is_refresh_daily>',
        '<token>abcdefghijklmnqrstuvwxyz</token>',
        '</xml>',
      ].join('\n'),
    );
  });

  it('repeats array tags and marks arrays of one item', () => {
    const xml = toXml(createDynamic);
    expect(xml.match(/<queries>/g)).toHaveLength(2);
    expect(xml).toContain('<segment array="true">');
    expect(xml).toContain(
      '      <value array="true">\n        <name>default</name>\n        <value>1</value>\n      </value>',
    );
  });

  it('marks empty arrays, strings that look typed, and escapes text', () => {
    expect(toXml({ segment: [], name: '42', flag: 'true', note: 'a < b & "c"', missing: undefined, none: null })).toBe(
      [
        '<xml>',
        '  <segment array="true"></segment>',
        '  <name string="true">42</name>',
        '  <flag string="true">true</flag>',
        '  <note>a &#60; b &#38; &#34;c&#34;</note>',
        '  <none></none>',
        '</xml>',
      ].join('\n'),
    );
  });
});
