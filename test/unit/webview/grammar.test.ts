// The Markdown injection grammar: valid JSON, every regex in the Oniguruma ∩ JavaScript subset, and the scopes a
// small TextMate-style scanner (first match wins, earliest position first, begin/end until `$`) gives sample lines.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS, HAS_SHARED } from '../support/shared';

interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  patterns?: Rule[];
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const GRAMMAR_PATH = path.resolve(__dirname, '../../../syntaxes/waveplan.injection.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;

function allRules(): Rule[] {
  const out: Rule[] = [];
  const walk = (r: Rule) => {
    out.push(r);
    r.patterns?.forEach(walk);
  };
  grammar.patterns.forEach(walk);
  Object.values(grammar.repository).forEach(walk);
  return out;
}

interface Compiled {
  rule: Rule;
  re: RegExp;
  end?: RegExp;
  inner?: Compiled[];
}

/** Resolves includes and compiles regexes (flags: g for scanning from a position, d for capture offsets). */
function compile(rules: Rule[], seen = new Set<string>()): Compiled[] {
  const out: Compiled[] = [];
  for (const r of rules) {
    if (r.include) {
      const key = r.include.replace(/^#/, '');
      const target = grammar.repository[key];
      assert.ok(target, `unresolved include ${r.include}`);
      out.push(...compile([target], seen));
    } else if (r.match || r.begin) {
      const c: Compiled = { rule: r, re: new RegExp((r.match ?? r.begin)!, 'gd') };
      if (r.begin) {
        c.end = new RegExp(r.end!, 'gd');
        c.inner = compile(r.patterns ?? [], seen);
      }
      out.push(c);
    } else if (r.patterns) out.push(...compile(r.patterns, seen));
  }
  return out;
}

type Token = [text: string, scope: string];

function execAt(re: RegExp, line: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(line);
}

function emit(m: RegExpExecArray, captures: Rule['captures'], name: string | undefined, out: Token[]): void {
  const start = m.index;
  const end = start + m[0].length;
  let at = start;
  const groups = Object.entries(captures ?? {})
    .map(([i, c]) => ({ span: m.indices![Number(i)], name: c.name }))
    .filter((g) => g.span)
    .sort((a, b) => a.span![0] - b.span![0]);
  for (const g of groups) {
    if (g.span![0] > at && name) out.push([m.input.slice(at, g.span![0]), name]);
    if (g.span![1] > g.span![0]) out.push([m.input.slice(g.span![0], g.span![1]), g.name]);
    at = g.span![1];
  }
  if (end > at && name) out.push([m.input.slice(at, end), name]);
}

/** Tokens that got a scope from this grammar (innermost scope), in order. */
function scan(line: string, rules: Compiled[], out: Token[] = [], from = 0, end?: RegExp, meta?: string): number {
  let pos = from;
  while (pos <= line.length) {
    let best: { c: Compiled; m: RegExpExecArray } | undefined;
    for (const c of rules) {
      const m = execAt(c.re, line, pos);
      if (m && (!best || m.index < best.m.index)) best = { c, m };
    }
    const e = end ? execAt(end, line, pos) : null;
    if (e && (!best || e.index <= best.m.index)) {
      if (meta && e.index > pos && line.slice(pos, e.index).trim()) out.push([line.slice(pos, e.index), meta]);
      return e.index + e[0].length;
    }
    if (!best) return line.length;
    if (meta && best.m.index > pos && line.slice(pos, best.m.index).trim())
      out.push([line.slice(pos, best.m.index), meta]);
    const r = best.c.rule;
    if (r.match) {
      emit(best.m, r.captures, r.name, out);
      pos = best.m.index + Math.max(1, best.m[0].length);
    } else {
      emit(best.m, r.beginCaptures, undefined, out);
      pos = scan(line, best.c.inner!, out, best.m.index + best.m[0].length, best.c.end, r.name);
      if (pos >= line.length) return pos;
    }
  }
  return pos;
}

const TOP = compile(grammar.patterns);
function tokens(line: string): Token[] {
  const out: Token[] = [];
  scan(line, TOP, out);
  return out.map(([t, s]) => [t, s.replace(/\.waveplan$/, '').replace(/\.markdown$/, '')]);
}

const KEY = (key: string): Token[] => [
  ['**', 'punctuation.definition.bold'],
  [key, 'keyword.other.metadata-key'],
  ['**', 'punctuation.definition.bold'],
  [':', 'punctuation.separator.key-value'],
];
const ID = (id: string): Token => [id, 'entity.name.type.effort-id'];

describe('grammar: Markdown injection', () => {
  it('is a valid injection grammar into Markdown', () => {
    assert.equal(grammar.scopeName, 'markdown.waveplan.injection');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    assert.match(grammar.injectionSelector, /-markup\.fenced_code\.block\.markdown/);
    for (const key of Object.keys(grammar.repository)) assert.match(key, /^[a-z-]+$/);
  });

  it('uses only regex syntax that means the same in Oniguruma and JavaScript', () => {
    const ONIG_ONLY = [
      /\\[hHAzZGK]/,
      /\(\?[imx-]+[):]/,
      /[*+?}][+]/,
      /\(\?>/,
      /\\p\{/,
      /\[\[:/,
      /\\x\{/,
      /\(\?<[a-zA-Z]/,
    ];
    let count = 0;
    for (const r of allRules()) {
      for (const src of [r.match, r.begin, r.end].filter((s): s is string => !!s)) {
        count++;
        assert.doesNotThrow(() => new RegExp(src), src);
        for (const bad of ONIG_ONLY) assert.ok(!bad.test(src), `${bad} in ${src}`);
        // Lookbehind must be fixed-length for Oniguruma.
        for (const lb of src.match(/\(\?<[!=][^)]*\)/g) ?? []) {
          const outsideClasses = lb.slice(4).replace(/\[(?:\\.|[^\]])*\]/g, 'X');
          assert.ok(!/[*+?{|]/.test(outsideClasses), `variable lookbehind ${lb}`);
        }
      }
    }
    assert.equal(count, 19);
  });

  it('names every scope with the .waveplan suffix (or Markdown punctuation)', () => {
    for (const r of allRules()) {
      const names = [
        r.name,
        ...Object.values(r.captures ?? {}).map((c) => c.name),
        ...Object.values(r.beginCaptures ?? {}).map((c) => c.name),
      ];
      for (const n of names.filter(Boolean)) assert.match(n!, /\.waveplan$|^punctuation\.definition\.bold\.markdown$/);
    }
  });

  it('scopes a dependency list: key, ids, None', () => {
    assert.deepEqual(tokens('**Dependencies**: [E2.1.1, E2.1.2]'), [
      ...KEY('Dependencies'),
      [' [', 'meta.dependency-list'],
      ID('E2.1.1'),
      [', ', 'meta.dependency-list'],
      ID('E2.1.2'),
      [']', 'meta.dependency-list'],
    ]);
    assert.deepEqual(tokens('**Dependencies**: None'), [...KEY('Dependencies'), ['None', 'constant.language.none']]);
    assert.deepEqual(
      tokens('**Depends On:** E1.2.1 (Command structure), 5.1.1').filter(([, s]) => !s.startsWith('meta.')),
      [
        ['**', 'punctuation.definition.bold'],
        ['Depends On', 'keyword.other.metadata-key'],
        [':', 'punctuation.separator.key-value'],
        ['**', 'punctuation.definition.bold'],
        ID('E1.2.1'),
        ID('5.1.1'),
      ],
    );
    assert.deepEqual(
      tokens('- Dependencies: E3.1.1 and 3.1.2').filter(([, s]) => !s.startsWith('meta.')),
      [
        ['Dependencies', 'keyword.other.metadata-key'],
        [':', 'punctuation.separator.key-value'],
        ID('E3.1.1'),
        ID('3.1.2'),
      ],
    );
    assert.deepEqual(
      tokens('**Parallel With**: E1.1.3 (Daemon Client)').filter(([, s]) => !s.startsWith('meta.')),
      [...KEY('Parallel With'), ID('E1.1.3')],
    );
  });

  it('scopes sizes and the limit in parentheses', () => {
    assert.deepEqual(
      tokens('**Size Estimate**: ~380 lines (MUST be <800)').filter(([, s]) => !s.startsWith('meta.size.')),
      [
        ...KEY('Size Estimate'),
        ['~380', 'constant.numeric.size'],
        ['lines', 'keyword.other.unit'],
        ['(', 'punctuation.definition.limit.begin'],
        ['MUST', 'keyword.other.must'],
        [' be ', 'meta.size-limit'],
        ['<', 'keyword.operator.comparison'],
        ['800', 'constant.numeric.limit'],
        [')', 'punctuation.definition.limit.end'],
      ],
    );
    assert.deepEqual(
      tokens('**Estimated Lines**: 150 (must be ≤800)').filter(([, s]) => /numeric|comparison/.test(s)),
      [
        ['150', 'constant.numeric.size'],
        ['≤', 'keyword.operator.comparison'],
        ['800', 'constant.numeric.limit'],
      ],
    );
    assert.deepEqual(
      tokens('**Lines**: 750→800').filter(([, s]) => s.startsWith('constant')),
      [['750→800', 'constant.numeric.size']],
    );
    assert.deepEqual(tokens('Roughly 600 lines, then 1,200 LOC.'), [
      ['600', 'constant.numeric.size'],
      ['lines', 'keyword.other.unit'],
      ['1,200', 'constant.numeric.size'],
      ['LOC', 'keyword.other.unit'],
    ]);
  });

  it('scopes other metadata keys in both bold styles', () => {
    assert.deepEqual(tokens('**Can Parallelize**: Yes'), KEY('Can Parallelize'));
    assert.deepEqual(
      tokens('**Base Branch:** `main`').map(([, s]) => s),
      [
        'punctuation.definition.bold',
        'keyword.other.metadata-key',
        'punctuation.separator.key-value',
        'punctuation.definition.bold',
      ],
    );
    assert.deepEqual(tokens('**Important**: nothing here'), []);
  });

  it('finds effort ids in their written forms and nowhere else', () => {
    assert.deepEqual(tokens('### Effort 5.1.1: SyncTarget API'), [ID('Effort 5.1.1')]);
    assert.deepEqual(tokens('#### E2.1.1: go-containerregistry-image-builder'), [ID('E2.1.1')]);
    assert.deepEqual(tokens('dir effort-1.1.2, branch E2.1.1-image-builder, E1.2.10.'), [
      ID('effort-1.1.2'),
      ID('E2.1.1-image-builder'),
      ID('E1.2.10'),
    ]);
    assert.deepEqual(tokens('not W1E1, E1.2.3.4, v1.2.3 or 5.1.1 outside a list'), []);
  });

  it('scopes status words and emoji', () => {
    assert.deepEqual(tokens('| E5.1.1 | 600 lines | ✅ Complete (Split) |'), [
      ID('E5.1.1'),
      ['600', 'constant.numeric.size'],
      ['lines', 'keyword.other.unit'],
      ['✅', 'markup.inserted.status.done'],
    ]);
    assert.deepEqual(
      tokens('IN_PROGRESS then REVIEW_PASSED, COMPLETED; BLOCKED 🔄 ⏳ PENDING').map(
        ([t, s]) => `${t}:${s.split('.')[0]}.${s.split('.')[3] ?? ''}`,
      ),
      [
        'IN_PROGRESS:markup.in-progress',
        'REVIEW_PASSED:markup.done',
        'COMPLETED:markup.done',
        'BLOCKED:markup.blocked',
        '🔄:markup.in-progress',
        '⏳:constant.planned',
        'PENDING:constant.planned',
      ],
    );
    assert.deepEqual(tokens('Completed in lower case stays plain'), []);
  });

  it('scans every line of the real corpus (a runaway backtrack would time out)', function () {
    if (!HAS_SHARED) this.skip();
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (d.name.endsWith('.md')) files.push(p);
      }
    };
    walk(CORPUS);
    let lines = 0;
    let ids = 0;
    let keys = 0;
    for (const f of files) {
      for (const line of fs.readFileSync(f, 'utf8').split(/\r?\n/)) {
        lines++;
        for (const [, s] of tokens(line)) {
          if (s === 'entity.name.type.effort-id') ids++;
          if (s === 'keyword.other.metadata-key') keys++;
        }
      }
    }
    assert.ok(lines > 1000 && ids > 100 && keys > 50, `lines ${lines}, ids ${ids}, keys ${keys}`);
  });
});
