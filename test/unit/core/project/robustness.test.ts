// Bad input at the engine's front door: every case ends in a located diagnostic or a clean read, never a throw or hang.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';

const PLAN = '/ws/phase1/wave1/WAVE-IMPLEMENTATION-PLAN.md';

function plan(body: string): string {
  return `# Phase 1\n\n## Wave 1\n\n${body}`;
}

describe('engine: bad input', () => {
  it('reports a binary file and keeps reading the others', () => {
    const engine = new PlanEngine();
    engine.updateBytes('/ws/PHASE-2-IMPLEMENTATION-PLAN.md', Uint8Array.from([0x23, 0x20, 0, 1, 2, 0, 0xff, 0xfe]));
    engine.update(PLAN, plan('### E1.1.1: parser\n\n**Size Estimate**: 300 lines\n'));
    const project = engine.project();
    const binary = project.diagnostics.find((d) => d.file.endsWith('PHASE-2-IMPLEMENTATION-PLAN.md'));
    assert.ok(binary, 'a diagnostic on the binary file');
    assert.equal(binary.code, 'file-unreadable');
    assert.equal(binary.line, 1);
    assert.deepEqual(
      project.efforts.map((e) => e.id),
      ['E1.1.1'],
    );
  });

  it('refuses a 50 MB file with its size in the message', () => {
    const engine = new PlanEngine();
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    engine.updateBytes('/ws/HUGE-WAVE-PLAN.md', big);
    const project = engine.project();
    const d = project.diagnostics.find((x) => x.file === '/ws/HUGE-WAVE-PLAN.md');
    assert.ok(d && d.code === 'file-unreadable' && /MB/.test(d.message), JSON.stringify(d));
  });

  it('reads an empty file as an empty plan', () => {
    const engine = new PlanEngine();
    engine.update(PLAN, '');
    assert.deepEqual(engine.project().efforts, []);
    assert.deepEqual(engine.project().diagnostics, []);
  });

  it('gives the same efforts for CRLF, BOM and LF text', () => {
    const body = plan(
      '### E1.1.1: parser\n\n**Size Estimate**: ~300 lines\n**Dependencies**: None\n\n### E1.1.2: printer\n\n**Dependencies**: [E1.1.1]\n',
    );
    const read = (bytes: Uint8Array) => {
      const engine = new PlanEngine();
      engine.updateBytes(PLAN, bytes);
      return engine.project().efforts.map((e) => [e.id, e.estimatedLines, e.dependsOn, e.source.line]);
    };
    const lf = read(Buffer.from(body));
    assert.equal(lf.length, 2);
    assert.deepEqual(read(Buffer.from(body.replace(/\n/g, '\r\n'))), lf);
    assert.deepEqual(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])), lf);
  });

  it('re-reads only on change', () => {
    const engine = new PlanEngine();
    assert.equal(engine.update(PLAN, plan('')), true);
    const first = engine.project();
    assert.equal(engine.update(PLAN, plan('')), false);
    assert.equal(engine.project(), first, 'memoized project kept');
  });

  it('drops a decoding problem once the same file decodes cleanly to the same text', () => {
    const engine = new PlanEngine();
    const file = '/ws/WAVE-PLAN.md';
    engine.updateBytes(file, Uint8Array.from([0, 1, 2, 3, 0, 0, 9, 0]));
    assert.deepEqual(
      engine.result(file)!.diagnostics.map((d) => d.message),
      ['binary file'],
    );
    assert.equal(engine.updateBytes(file, new Uint8Array(0)), true, 'binary → empty is a change');
    assert.deepEqual(engine.result(file)!.diagnostics, []);
    engine.updateBytes(file, Uint8Array.from([0x23, 0x20, 0xe9, 0x0a]));
    assert.deepEqual(
      engine.result(file)!.diagnostics.map((d) => d.message),
      ['not valid UTF-8: decoded as Windows-1252'],
    );
    engine.updateBytes(file, Buffer.from('# \u00e9\n'));
    assert.deepEqual(engine.result(file)!.diagnostics, []);
    assert.equal(engine.updateBytes(file, Buffer.from('# \u00e9\n')), false, 'same bytes again: no re-read');
  });
});
