// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CLOBBERED_NAMES } from '../fixtures/bad-inputs';
import { unclobber } from '../../src/ui/unclobber';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('unclobber', () => {
  it('renames form controls named like DOM properties so tree walks see the real tree', () => {
    const controls = CLOBBERED_NAMES.map((name) => `<input name="${name}" value="x">`).join('');
    const doc = parse(`<body><div id="wrap"><form id="f">${controls}<p>Story text.</p></form></div></body>`);
    const form = doc.getElementById('f')!;
    const renamed = unclobber(doc);
    expect(renamed).toBe(CLOBBERED_NAMES.length);
    expect(form.parentElement).toBe(doc.getElementById('wrap'));
    expect(form.firstElementChild?.tagName).toBe('INPUT');
    expect(form.querySelectorAll('[name]').length).toBe(0);
    expect(form.querySelector('input')?.getAttribute('data-lede-name')).toBe(CLOBBERED_NAMES[0]);
    expect(unclobber(doc)).toBe(0); // idempotent
  });

  it('renames images and forms that shadow document properties, keeps harmless names and ids', () => {
    const doc = parse('<body><img name="body" src="a.png"><img id="title" src="b.png"><form name="forms"></form>'
      + '<div id="content"><a name="top">x</a><input name="email"></div><form><input name="email"></form></body>');
    expect(unclobber(doc)).toBe(3);
    expect(doc.body.tagName).toBe('BODY');
    expect(doc.querySelector('#content')).not.toBeNull(); // a div's id shadows nothing: untouched
    expect(doc.querySelector('a[name="top"]')).not.toBeNull();
    expect(doc.querySelectorAll('input[name="email"]').length).toBe(2);
  });
});
