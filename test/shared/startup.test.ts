import { expect } from '@open-wc/testing';

type Constructors = Record<string, new (...args: unknown[]) => object>;

describe('loading the three elements', () => {
  it('makes no Intl object before an element needs one (the first on a page starts ICU: tens of ms)', async () => {
    const intl = Intl as unknown as Constructors;
    const names = ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter'];
    const originals: Constructors = Object.fromEntries(names.map((name) => [name, intl[name]]));
    const made: string[] = [];
    for (const name of names) {
      intl[name] = new Proxy(originals[name], {
        construct(target, args) {
          made.push(name);
          return Reflect.construct(target, args);
        },
      });
    }
    try {
      await import('../../src/define.js');
    } finally {
      Object.assign(intl, originals);
    }
    expect(made).to.deep.equal([]);
  });
});
