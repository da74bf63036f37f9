// CommonMark edge cases for the block scanner's differential test: each is read by parseDoc and by markdown-it, and
// must give the same MdDoc. `bails` marks the constructs the scanner leaves to markdown-it.
export interface EdgeCase {
  name: string;
  text: string;
  bails?: boolean;
}

const nested = (depth: number, marker: string) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}${marker} level ${i}`).join('\n');

export const EDGE_CASES: EdgeCase[] = [
  { name: 'lazy continuation of a paragraph and of a list item', text: 'para line\ncontinued\n- item\nlazy line\n' },
  { name: 'lazy continuation indented 4+', text: 'para\n        deep lazy\n- a\n          deeper\n' },
  { name: 'list extent across a blank line', text: '- a\n- b\n\n  still b\n\nnot the list\n' },
  { name: 'loose list', text: '- a\n\n- b\n\n\n- c\n' },
  { name: 'tight list', text: '- a\n- b\n- c\n' },
  { name: 'item starting with a blank line', text: '-\n  foo\n- \n\n  bar\n-\n\n' },
  {
    name: 'ordered list start numbers',
    text: '3. three\n4. four\n\npara\n7. not interrupting\n\npara\n1. interrupting\n',
  },
  { name: 'ordered list with 10 digits is text', text: '1234567890. no\n123456789. yes\n' },
  {
    name: '`1)` markers and a change of marker',
    text: '1) a\n2) b\n1. other list\n- bullet\n+ other bullet\n* third\n',
  },
  { name: 'nested lists by indent', text: '- a\n  - b\n    - c\n  - d\n- e\n\n1. a\n   - b\n     1. c\n' },
  { name: 'staircase of markers (the fifth is a continuation)', text: '- a\n - b\n  - c\n   - d\n    - e\n     - f\n' },
  {
    name: 'indented code after a paragraph vs after a blank',
    text: 'para\n    not code\n\n    code\n\n- item\n\n      code in item\n',
  },
  {
    name: 'item content indented 5+ after the marker is code',
    text: '-     code in item\n  para\n\n1.      code\n-\n      x\n',
  },
  { name: 'indented code then text', text: '    code\n      more\n\n    again\ntext\n' },
  { name: 'setext headings', text: 'Title\n===\n\nSub\n---\n\ntwo\nlines\n---\n\n  Indented\n  ===  \n' },
  { name: 'setext under metadata stays metadata', text: '**Status**: Active\n---\n\nName: value\n===\n' },
  { name: 'thematic breaks vs setext', text: '---\n***\n- - -\n_ _ _\npara\n***\npara\n- - -\n' },
  { name: 'front matter', text: '---\ntitle: x\nstatus: y\n---\n# H\n\ntext\n' },
  { name: 'front matter without a key is a break and a setext heading', text: '---\n\nnot front\n---\n' },
  { name: 'unclosed front matter', text: '---\ntitle: x\n# H\n' },
  { name: 'fences with longer closing runs', text: '````\n```\nstill code\n`````\nafter\n' },
  { name: 'unclosed fence', text: 'text\n```js\ncode\n\nmore\n' },
  { name: 'tilde fences and info strings', text: '~~~py extra\n~~~~\n~~~\n```\n~~~\n```\n``` a`b\nnot a fence\n```\n' },
  { name: 'indented fences', text: '  ```\n  x\n y\n ```\n   ~~~\n    ~~~\n   ~~~\n' },
  {
    name: 'fences inside list items',
    text: '- item\n  ```\n  code\n  ```\n- next\n  ```\nunclosed, outdented\n- ```\n test\n',
  },
  { name: 'fence interrupting a paragraph and a list', text: 'para\n```\nc\n```\n- a\n```\nc\n```\n' },
  { name: 'tables', text: 'a | b\n--|--\n1 | 2\n\n| a | b |\n|:---|---:|\n| 1 | 2 | 3 |\n|x|\n\n| only |\n' },
  {
    name: 'table ended by a blank line, a heading, a list',
    text: '|a|b|\n|-|-|\n|1|2|\n\n|a|\n|-|\n# h\n|a|\n|-|\n- x\n',
  },
  { name: 'table header and delimiter mismatch', text: '| a | b |\n|---|\n| a |\n|---|---|\n' },
  { name: 'table with escaped pipes', text: '| a \\| b | c |\n|---|---|\n| 1 \\| | 2 |\n' },
  { name: 'table interrupting a paragraph', text: 'para\n| a | b |\n|---|---|\n| 1 | 2 |\n' },
  { name: 'delimiter row that is a list or a setext line', text: 'a | b\n- | -\n\nc | d\n-|-\n\ne\n--\n' },
  { name: 'table in a list item', text: '- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n- next\n' },
  { name: 'block quotes', text: '> a\n> b\n\n> a\nlazy\n\n> - x\n> - y\n\n>> nested\n> back\n' },
  {
    name: 'block quote in a list item and a list in a quote',
    text: '- a\n  > q\n  > r\n- b\n\n> 1. x\n>    y\n> 2. z\n',
  },
  { name: 'block quote ended by a heading or fence', text: '> a\n# h\n> b\n```\nc\n```\n' },
  { name: 'tabs', text: '-\tfoo\n\tcode\n- a\n\t- b\n#\tHeading\n>\tquote\n> \t\tcode in quote\n1.\t\tx\n' },
  { name: 'CRLF line ends', text: '# A\r\n\r\n- x\r\n- y\r\n\r\n```\r\ncode\r\n```\r\n' },
  { name: 'CR line ends', text: '# A\r\rpara\r---\r' },
  { name: 'BOM', text: '\uFEFF# Title\n\n- a\n' },
  { name: 'BOM with front matter', text: '\uFEFF---\nk: v\n---\n# T\n' },
  { name: 'NUL', text: '```a\u0000b\n```\n# x\u0000\n\u0000 - y\n' },
  {
    // An unquoted attribute value takes no control character: read as U+FFFD (markdown-it's normalize), NUL opens a block.
    name: 'NUL in HTML tags and a list',
    text: '<x a=b\u0000c>\ntext\n\n<div\u0000>\n- a\u0000\n\n~~~\u0000 x\n~~~\n<x a=\u0000>\n',
  },
  {
    name: 'ATX heading edge cases',
    text: '#5 bolt\n####### seven\n#\n# \n### E1.1.1: a ###\n  ## indented\n    # code\n#\ttab\n',
  },
  {
    name: 'paragraph interrupted by each block',
    text: 'p\n# h\np\n```\n```\np\n- x\np\n-\np\n> q\np\n***\np\n2. no\n',
  },
  { name: 'empty and blank documents', text: '' },
  { name: 'blank lines only', text: '\n\n   \n\t\n   ' },
  { name: 'last line of blanks without a newline', text: '- a\n   ' },
  { name: 'deep nesting within the limit', text: nested(30, '-') },
  { name: 'checkbox items and link-like brackets', text: '- [ ] task\n- [x] done\n\n[link](url) text\n[a] b\n[x]\n' },
  { name: 'HTML blocks', text: '<div>\n*x*\n</div>\n\n<!-- comment\n\n# not a heading\n-->\n# heading\n' },
  {
    name: 'HTML blocks of every kind',
    text: '<script>\nx\n\n</script>\n<?php\n?>\n<!DOCTYPE html>\n<![CDATA[\n]]>\n<custom-tag a="1">\n\n- a\n',
  },
  {
    name: 'HTML interrupting a paragraph (block tags) or not (other tags)',
    text: 'para\n<div>\n\npara\n<span>\n\npara\n</details>\n',
  },
  { name: 'HTML in list items and quotes', text: '- a\n  <!-- c\n\n  -->\n- b\n  <details>\n  x\n\n> <div>\n> y\n' },
  { name: 'HTML comment left open', text: '<!-- never closed\n# h\n\n- x\n' },
  { name: 'link reference definitions', text: '[a]: http://x\n\n[b\nc]: /u\n', bails: true },
  {
    name: 'reference definitions with titles, over lines, refused links',
    text: '[a]: <http://x y> "t\nitle"\n# h\n[b]: javascript:alert(1)\n[c]: <DATA:image/png;x>\n[d]: data:text/html,x\n[e]: &#106;avascript:x\n[f]:\n/u \'t\' junk\n[ ]: /x\n',
    bails: true,
  },
  {
    name: 'reference definitions in list items and before a paragraph',
    text: '- [a]: /u\n  text\n- [b]: http://bücher.de "t"\n\n[c]: /v\npara\n',
    bails: true,
  },
  { name: 'nesting past markdown-it’s limit', text: `${nested(60, '-')}\n\nafter\n` },
  { name: 'quotes past markdown-it’s limit', text: `${'>'.repeat(120)} deep\n\n# after\n` },
  { name: 'lists in quotes past the limit', text: `${'> - '.repeat(40)}x\n${'>'.repeat(40)} y\n\npara\n` },
];
