import { strict as assert } from 'assert';
import { nestOutline, type OutlineItem, type OutlineNode } from '../../../../src/core/views/symbolTree';

const item = (level: number, line: number, data: string, lastLine = line): OutlineItem<string> => ({
  level,
  line,
  lastLine,
  data,
});
const shape = (n: OutlineNode<string>): unknown => [n.item.data, n.endLine, n.children.map(shape)];

describe('extension: outline nesting', () => {
  it('nests by level and ends each item before the next item of its level or higher', () => {
    const items = [
      item(3, 12, 'E1.1.2'),
      item(1, 1, 'P1'),
      item(2, 5, 'W1.1'),
      item(3, 7, 'E1.1.1'),
      item(2, 20, 'W1.2'),
      item(3, 22, 'E1.2.1'),
      item(1, 30, 'P2'),
    ];
    assert.deepEqual(nestOutline(items, 40).map(shape), [
      [
        'P1',
        29,
        [
          [
            'W1.1',
            19,
            [
              ['E1.1.1', 11, []],
              ['E1.1.2', 19, []],
            ],
          ],
          ['W1.2', 29, [['E1.2.1', 29, []]]],
        ],
      ],
      ['P2', 40, []],
    ]);
  });

  it('keeps efforts without waves at the top and never ends an item before its own text', () => {
    const items = [item(3, 2, 'E1', 6), item(3, 4, 'E2')];
    assert.deepEqual(nestOutline(items, 10).map(shape), [
      ['E1', 6, []],
      ['E2', 10, []],
    ]);
  });
});
