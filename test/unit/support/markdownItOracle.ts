// The oracle of the block scanner's differential test: the MdDoc that stock markdown-it's block tokens give (its own
// normalize, its own instance), built by a token walk of its own so that no product code stands between
// markdown-it and the comparison except DocBuilder, which turns block events into MdDoc the same way for both.
import MarkdownIt from 'markdown-it';
import { readDoc } from '../../../src/core/readers/markdown/doc';
import type { DocBuilder } from '../../../src/core/readers/markdown/docBuilder';
import type { MdDoc } from '../../../src/core/readers/markdown/docTypes';

const md = new MarkdownIt({ html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

function markdownItBlocks(src: string, out: DocBuilder): boolean {
  const tokens = md.parse(src, {});
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    if (t.type === 'heading_open' && map)
      out.heading(Number(t.tag.slice(1)), map[0], map[1], t.markup === '=' || t.markup === '-');
    else if (t.type === 'fence' && map) out.fence(t.info, map[0], map[1]);
    else if (t.type === 'table_open' && map) out.table(map[0], map[1]);
    else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') out.openList();
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') out.closeList();
    else if (t.type === 'list_item_open' && map) out.item(map[0], map[1]);
    else if (t.type === 'paragraph_open' && map) out.paragraph(map[0], map[1]);
  }
  return true;
}

/** What markdown-it reads in `text`, as the MdDoc parseDoc returns (same line split and front matter). */
export function markdownItOracle(file: string, text: string): MdDoc {
  return readDoc(file, text, [markdownItBlocks]).doc;
}

/** parseDoc's result and whether its scanner read the file (false: it bailed out to markdown-it). */
export function scannedDoc(file: string, text: string): { doc: MdDoc; scanned: boolean } {
  const r = readDoc(file, text);
  return { doc: r.doc, scanned: r.pass === 0 };
}
