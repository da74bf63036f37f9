// The only way text reaches the `yaml` library. Its parser recurses once per level of its own stack, and input can
// grow that stack by one level per line without any nesting a pre-scan would see (`a[1: b] x c[2: d]` lines in a
// flow map). Deep enough, the recursion overflows the stack or, worse, aborts V8 (`RegExpCompiler Allocation
// failed`), which no try/catch survives. So the parser is driven one token at a time and stopped as soon as its
// stack passes a bound; the caller gets a document of the text before that line and the place it stopped.
// The library itself is loaded on first use (yamlLib), as everywhere else.
import type { CST, Document } from 'yaml';
import { MAX_NESTING } from './state/depth';
import { yamlLib } from './yamlLib';

/** Parser stack entries per nesting level are one or two (a map and its flow/sequence value), plus the document. */
export const MAX_PARSER_STACK = 2 * MAX_NESTING + 8;

/**
 * uniqueKeys off (duplicate keys are data to salvage), aliases bounded, and logLevel 'error': the library would
 * otherwise print warnings (collection keys) on the process's stderr; readers report them as diagnostics instead.
 */
export const YAML_OPTIONS = { uniqueKeys: false, maxAliasCount: 100, logLevel: 'error' } as const;

export interface GuardedDocument {
  doc: Document.Parsed;
  /** Offset of the line where the parser's nesting passed the bound; `doc` holds only the text before it. */
  cutAt?: number;
}

export function parseYamlDocument(text: string): GuardedDocument {
  const tokens = guardedTokens(text);
  if (tokens.tooDeepAt === undefined) return { doc: compose(text, tokens.list) };
  const cutAt = text.lastIndexOf('\n', tokens.tooDeepAt - 1) + 1;
  const prefix = text.slice(0, cutAt);
  // The prefix never reached the bound before, but its tokens can end differently: guard it too.
  const again = guardedTokens(prefix);
  return { doc: compose(prefix, again.tooDeepAt === undefined ? again.list : []), cutAt };
}

function guardedTokens(text: string): { list: CST.Token[]; tooDeepAt?: number } {
  const { Lexer, Parser } = yamlLib();
  const parser = new Parser();
  const list: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) list.push(token);
    if (parser.stack.length > MAX_PARSER_STACK) return { list, tooDeepAt: Math.min(parser.offset, text.length) };
  }
  for (const token of parser.end()) list.push(token);
  return { list };
}

function compose(text: string, tokens: CST.Token[]): Document.Parsed {
  const { Composer, YAMLParseError } = yamlLib();
  const composer = new Composer(YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (doc) {
      // Several documents: the first is the file's; the rest is reported, as the library's parseDocument does.
      doc.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      );
      break;
    }
    doc = next;
  }
  return doc!;
}
