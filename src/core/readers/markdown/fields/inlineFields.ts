// Fields whose written text reads the same way in a metadata line (`**Branch**: …`) and in a table cell.
import type { FactField, Located } from '../../../model/model';
import type { FactBuilder } from '../facts';
import { PlainLocated } from '../../../model/plainObjects';
import { lineSpan } from '../../../model/span';
import { baseRef, writtenBranch } from '../../branchValues';
import { cleanValue, locateBool, locateSize, notedAsActual, type Found } from './locatedValues';

/**
 * Sets a size, can-parallelize, branch, base-branch or directory field from its text, written on `line` of `file`
 * from `column`; false for other fields. (A place, not a span-making closure: that was a closure and its context of
 * garbage per field line.)
 */
export function applyInlineField(
  b: FactBuilder,
  field: FactField,
  text: string,
  file: string,
  line: number,
  column: number,
): boolean {
  switch (field) {
    case 'estimatedLines':
    case 'actualLines': {
      const size = locateSize(text);
      if (!size.estimated) {
        // `2 files (actual 610 lines)`: only what was written.
        if (size.actual) b.setNumber('actualLines', placed(size.actual, file, line, column));
        return true;
      }
      const { start, end } = size.estimated;
      // A size field whose one figure says it is the actual count (`Size: 420 lines (actual)`).
      if (field === 'actualLines' || (!size.actual && notedAsActual(text, start, end))) {
        b.setNumber('actualLines', placed(size.estimated, file, line, column));
        return true;
      }
      b.setNumber('estimatedLines', placed(size.estimated, file, line, column));
      if (size.actual) b.setNumber('actualLines', placed(size.actual, file, line, column));
      return true;
    }
    case 'canParallelize': {
      const found = locateBool(text);
      if (found) b.set('canParallelize', placed(found, file, line, column));
      return true;
    }
    case 'branch':
    case 'baseBranch':
    case 'directory': {
      // `E1.1.1's branch (stacked)`, `same as E1.1.2`: another effort's, resolved once the file is read.
      const ref = field === 'baseBranch' && !b.has('baseBranch') && !b.baseRef ? baseRef(text) : undefined;
      if (ref) {
        const v = cleanValue(text)!;
        const span = lineSpan(file, line, column + v.start, v.end - v.start);
        b.baseRef = { ...ref, span, text: v.value };
        return true;
      }
      const cleaned = cleanValue(text, true);
      const branch = cleaned && writtenBranch(cleaned, field);
      if (branch) b.set(field, placed(branch, file, line, column));
      return true;
    }
    default:
      return false;
  }
}

/** A value found in a field's text, located on its line. */
function placed<T>(f: Found<T>, file: string, line: number, column: number): Located<T> {
  return new PlainLocated(f.value, lineSpan(file, line, column + f.start, f.end - f.start));
}
