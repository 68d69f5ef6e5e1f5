import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/shared/define.js';

describe('define', () => {
  it('registers a tag once and ignores a second registration, even of another class', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    define('test-defined-once', First);
    expect(() => define('test-defined-once', Second)).not.to.throw();
    expect(customElements.get('test-defined-once')).to.equal(First);
  });
});
