// Block events from markdown-it's tokens: what the scanner falls back to on constructs it does not model. doc.ts
// requires this file on first use, so markdown-it is not evaluated at start-up nor for plans the scanner reads.
import MarkdownIt from 'markdown-it';
import type { DocBuilder } from './docBuilder';

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (!parser) {
    // Block structure only: inline parsing is the slow half and readers work on raw lines anyway.
    parser = new MarkdownIt({ html: true });
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
    // parseDoc hands over LF text with NUL replaced: markdown-it's own normalize would only copy it again.
    parser.core.ruler.disable('normalize');
  }
  return parser;
}

/** Feeds `out` the blocks markdown-it finds in `src` (LF line ends, NUL replaced, as parseDoc prepares it). */
export function blocksWithMarkdownIt(src: string, out: DocBuilder): true {
  const tokens = markdown().parse(src, {});
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    switch (t.type) {
      case 'heading_open':
        if (map && tokens[i + 1])
          out.heading(Number(t.tag.slice(1)) || 1, map[0], map[1], t.markup === '=' || t.markup === '-');
        break;
      case 'fence':
        if (map) out.fence(t.info, map[0], map[1]);
        break;
      case 'table_open':
        if (map) out.table(map[0], map[1]);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        out.openList();
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        out.closeList();
        break;
      case 'list_item_open':
        if (map) out.item(map[0], map[1]);
        break;
      case 'paragraph_open':
        if (map) out.paragraph(map[0], map[1]);
        break;
      default:
        break;
    }
  }
  return true;
}
