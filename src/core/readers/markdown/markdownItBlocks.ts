// Block events from markdown-it's block parser: what the scanner falls back to on what it does not model (link
// reference definitions). doc.ts requires this file on first use, and only the block
// parser is loaded (not markdown-it's inline rules, renderer or linkify: 24 KB less in the bundle). Checked against
// the whole of markdown-it by the scanner's differential test.
import type MarkdownIt from 'markdown-it';
import ParserBlock from 'markdown-it/lib/parser_block.mjs';
import parseLinkDestination from 'markdown-it/lib/helpers/parse_link_destination.mjs';
import parseLinkTitle from 'markdown-it/lib/helpers/parse_link_title.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { lib } from 'markdown-it/lib/common/utils.mjs';
import type { DocBuilder } from './docBuilder';

// markdown-it's own link checks (lib/index.mjs), which decide whether a reference definition is one.
const BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
const GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;

function validateLink(url: string): boolean {
  const str = url.trim().toLowerCase();
  return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
}

// markdown-it also punycodes the hostname of http(s)/mailto links: it cannot change what validateLink decides (those
// links never start with a refused protocol), so that step (and the punycode module) is left out.
function normalizeLink(url: string): string {
  return lib.mdurl.encode(lib.mdurl.format(lib.mdurl.parse(url, true)));
}

let md: MarkdownIt | undefined;

/** The parts of a MarkdownIt instance its block rules use, with its defaults (`html: true`, nesting limit 100). */
function blockParser(): MarkdownIt {
  md ??= {
    block: new ParserBlock(),
    options: { html: true, maxNesting: 100 },
    helpers: { parseLinkDestination, parseLinkTitle },
    normalizeLink,
    validateLink,
  } as unknown as MarkdownIt;
  return md;
}

/** Feeds `out` the blocks markdown-it finds in `src` (LF line ends, NUL replaced, as parseDoc prepares it). */
export function blocksWithMarkdownIt(src: string, out: DocBuilder): true {
  const tokens: Token[] = [];
  const parser = blockParser();
  parser.block.parse(src, parser, {}, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    switch (t.type) {
      case 'heading_open':
        if (map) out.heading(Number(t.tag.slice(1)) || 1, map[0], map[1], t.markup === '=' || t.markup === '-');
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
