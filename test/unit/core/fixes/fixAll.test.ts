import { strict as assert } from 'assert';
import type { Fix, TextEdit } from '../../../../src/core/model/model';
import { selectFixAll } from '../../../../src/core/fixes/fixAll';

const edit = (line: number, column: number, endColumn: number, newText = '', file = 'a.md'): TextEdit => ({ file, line, column, endLine: line, endColumn, newText });
const fix = (title: string, edits: TextEdit[], preferred = true): Fix => ({ title, kind: 'remove-dependency', edits, preferred });

describe('extension: Fix All selection', () => {
  it('takes the preferred fix of each finding and skips findings without one', () => {
    const a = fix('a', [edit(1, 1, 3)]);
    const b = fix('b', [edit(2, 1, 3)], false);
    const c = fix('c', [edit(2, 5, 7)]);
    assert.deepEqual(selectFixAll([[a], [b, c], [b], undefined, []]).map((f) => f.title), ['a', 'c']);
  });

  it('never takes two fixes whose edits overlap (whole fix skipped), but allows touching edits', () => {
    const first = fix('first', [edit(3, 5, 10)]);
    const overlapping = fix('overlapping', [edit(1, 1, 2), edit(3, 9, 12)]);
    const touching = fix('touching', [edit(3, 10, 12)]);
    const insertInside = fix('insert inside', [edit(3, 7, 7, 'x')]);
    const insertAtEdge = fix('insert at edge', [edit(3, 5, 5, 'y')]);
    const otherFile = fix('other file', [edit(3, 5, 10, '', 'b.md')]);
    const picked = selectFixAll([[first], [overlapping], [touching], [insertInside], [insertAtEdge], [otherFile]]).map((f) => f.title);
    assert.deepEqual(picked, ['first', 'touching', 'insert at edge', 'other file']);
  });

  it('applies a fix reported by several findings once, and two insertions at one point only once', () => {
    const same1 = fix('remove E2', [edit(4, 2, 6)]);
    const same2 = fix('remove E2', [edit(4, 2, 6)]);
    const ins1 = fix('ins1', [edit(9, 1, 1, 'a')]);
    const ins2 = fix('ins2', [edit(9, 1, 1, 'b')]);
    assert.deepEqual(selectFixAll([[same1], [same2], [ins1], [ins2]]).map((f) => f.title), ['remove E2', 'ins1']);
  });

  it('handles multi-line edits', () => {
    const big: TextEdit = { file: 'a.md', line: 2, column: 1, endLine: 5, endColumn: 1, newText: '' };
    const inside = fix('inside', [edit(3, 2, 4)]);
    const after = fix('after', [edit(5, 1, 3)]);
    assert.deepEqual(selectFixAll([[fix('big', [big])], [inside], [after]]).map((f) => f.title), ['big', 'after']);
  });
});
