import { expect } from '@open-wc/testing';
import { navigate } from '../../src/commitment-wheel/commitment-wheel.keys.js';

const themes = [
  { id: '1', commitments: [{ id: '1.1' }, { id: '1.2' }] },
  { id: '2', commitments: [{ id: '2.1' }, { id: '2.2' }] },
  { id: '3', commitments: [] },
];

describe('commitment-wheel keyboard navigation', () => {
  const table: [string, string, string | null][] = [
    ['1', 'ArrowRight', '2'],
    ['3', 'ArrowRight', '1'],
    ['1', 'ArrowLeft', '3'],
    ['1', 'End', '3'],
    ['2', 'Home', '1'],
    ['1', 'Home', null],
    ['1', 'ArrowDown', '1.1'],
    ['2', 'ArrowDown', '2.1'],
    ['3', 'ArrowDown', null],
    ['1', 'ArrowUp', null],
    ['1.2', 'ArrowRight', '2.1'],
    ['2.2', 'ArrowRight', '1.1'],
    ['1.1', 'ArrowLeft', '2.2'],
    ['2.2', 'ArrowUp', '2'],
    ['2.2', 'ArrowDown', null],
    ['2.1', 'Home', '1.1'],
    ['1.1', 'End', '2.2'],
    ['1', 'a', null],
    ['unknown', 'ArrowRight', '1'],
  ];
  for (const [from, key, to] of table) {
    it(`${key} from ${from} goes to ${to ?? 'nowhere'}`, () => {
      expect(navigate(themes, from, key)).to.equal(to);
    });
  }

  it('stays within the theme the wheel is open on', () => {
    const open = [themes[1]];
    expect(navigate(open, '2.2', 'ArrowRight')).to.equal('2.1');
    expect(navigate(open, '2', 'ArrowRight')).to.equal(null);
  });
});
