// Fields whose written text reads the same way in a metadata line (`**Branch**: …`) and in a table cell.
import type { FactField, Span } from '../../../model/model';
import type { FactBuilder } from '../facts';
import { PlainLocated } from '../../../model/plainObjects';
import { cleanValue, locateBool, locateSize, notedAsActual, type Found } from './locatedValues';

/** Sets a size, can-parallelize, branch, base-branch or directory field from its text; false for other fields. */
export function applyInlineField(
  b: FactBuilder,
  field: FactField,
  text: string,
  at: (start: number, end: number) => Span,
): boolean {
  switch (field) {
    case 'estimatedLines':
    case 'actualLines': {
      const size = locateSize(text);
      if (!size.estimated) {
        // `2 files (actual 610 lines)`: only what was written.
        if (size.actual) b.setNumber('actualLines', placed(size.actual, at));
        return true;
      }
      const { start, end } = size.estimated;
      // A size field whose one figure says it is the actual count (`Size: 420 lines (actual)`).
      if (field === 'actualLines' || (!size.actual && notedAsActual(text, start, end))) {
        b.setNumber('actualLines', placed(size.estimated, at));
        return true;
      }
      b.setNumber('estimatedLines', placed(size.estimated, at));
      if (size.actual) b.setNumber('actualLines', placed(size.actual, at));
      return true;
    }
    case 'canParallelize': {
      const found = locateBool(text);
      if (found) b.set('canParallelize', new PlainLocated(found.value, at(found.start, found.end)));
      return true;
    }
    case 'branch':
    case 'baseBranch':
    case 'directory': {
      const cleaned = cleanValue(text, true);
      if (cleaned) b.set(field, new PlainLocated(cleaned.value, at(cleaned.start, cleaned.end)));
      return true;
    }
    default:
      return false;
  }
}

/** A figure found in a field's text, located on its line. */
function placed(f: Found<number>, at: (start: number, end: number) => Span) {
  return new PlainLocated(f.value, at(f.start, f.end));
}
