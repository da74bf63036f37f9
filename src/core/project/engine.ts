// The plan engine: holds every plan file's text and read result, re-reads only what changed, merges and checks lazily.
import { checkAll, checkOnce, recheck, type Checked } from './incremental';
import { fixFiles, sameStatements } from './sameStatements';
import {
  DEFAULT_LIMITS,
  type FileReadResult,
  type Limits,
  type PlanDiagnostic,
  type PlanFileKind,
  type Project,
} from '../model/model';
import { readPlanText } from '../readers';
import { emptyResult } from '../readers/result';
import { classifyPlanFile, isStateByFolderOnly } from '../files/classify';
import { DATA_FILE_NOTE, isSilentDataFile } from '../files/dataFiles';
import { decodePlanBytes, type DecodedText } from '../files/text';
import { isKept, isKeptBytes, keptBytes, keptText, textOf, type KeptText, type ReadAgain } from './keptTexts';

export interface EngineOptions {
  limits?: Partial<Limits>;
  /** Re-merge and re-check only what an edit changed (default); false: everything on every change. */
  incremental?: boolean;
  /**
   * A file read again, as the engine was given it: its text, or its bytes for files given as bytes (a reader that
   * reads each file once, the CLI). The engine then keeps of small files only what knows them again (keptTexts.ts).
   * Undefined: it cannot be read.
   */
  reread?: (file: string) => ReadAgain | undefined;
}

interface Entry {
  text: KeptText;
  result: FileReadResult;
  /** What went wrong decoding the bytes (updateBytes only): part of the entry, so it clears when fixed. */
  problem?: string;
}

/** The texts of the files a project was checked on: the engine's current ones until `texts` is set. */
interface TextsView {
  texts?: Map<string, KeptText>;
}

export class PlanEngine {
  private readonly entries = new Map<string, Entry>();
  /** What the projects built since the last change of a file read their texts through (see project()). */
  private textsView: TextsView | undefined;
  private cached: Project | undefined;
  private currentLimits: Limits;
  private measured: Map<string, number> | undefined;
  private configDiagnostics: PlanDiagnostic[] = [];
  /** The last merge and check, with the files re-read since: what an incremental update starts from. */
  private checked: Checked | undefined;
  private readonly reread = new Set<string>();
  private readonly incremental: boolean;
  /** A file was read again: from then on the engine keeps what updates need (never for a one-shot read). */
  private edited = false;

  private readonly readAgain: ((file: string) => ReadAgain | undefined) | undefined;

  constructor(options: EngineOptions = {}) {
    this.currentLimits = { ...DEFAULT_LIMITS, ...options.limits };
    this.incremental = options.incremental ?? true;
    this.readAgain = options.reread;
  }

  get limits(): Limits {
    return this.currentLimits;
  }

  setLimits(limits: Partial<Limits>): void {
    this.currentLimits = { ...this.currentLimits, ...limits };
    this.invalidate();
  }

  /** Measured sizes per effort id (insertions against the base, from git), checked against the hard limit. */
  setMeasuredSizes(measured: Map<string, number> | undefined): void {
    this.measured = measured;
    this.invalidate();
  }

  /** Problems of the project file (`.waveplan.json`), reported with the plans' own. */
  setConfigDiagnostics(diagnostics: PlanDiagnostic[]): void {
    this.configDiagnostics = diagnostics;
    this.invalidate();
  }

  /** Reads (or re-reads) one file's text. Returns false when the text is unchanged, so callers can skip work. */
  update(file: string, text: string, kind?: PlanFileKind): boolean {
    return this.store(file, text, kind);
  }

  /** Like update, from raw bytes: decodes BOMs and mojibake and refuses binary content with a diagnostic. */
  updateBytes(file: string, bytes: Uint8Array, kind?: PlanFileKind): boolean {
    const decoded = decodePlanBytes(bytes);
    return this.store(file, decoded.text, kind, decoded, bytes);
  }

  /** A file that was not read (too large, not a regular file): its place in the plan is one located error. */
  refuse(file: string, problem: string, kind?: PlanFileKind): boolean {
    return this.store(file, '', kind, { text: '', fatal: true, problem });
  }

  /** `bytes`: what `text` was decoded from (updateBytes), good only during this call (the CLI reuses its buffer). */
  private store(
    file: string,
    text: string,
    kind: PlanFileKind | undefined,
    decoded?: DecodedText,
    bytes?: Uint8Array,
  ): boolean {
    const existing = this.entries.get(file);
    const same = existing && (bytes ? isKeptBytes(existing.text, bytes, text) : isKept(existing.text, text));
    if (same && existing.problem === decoded?.problem) return false;
    // Nothing was read: the readers must not report on the empty text ("… is empty").
    const result = decoded?.fatal
      ? emptyResult(file, kind ?? classifyPlanFile(file) ?? 'other')
      : readPlanText(file, text, kind);
    // A data file of a plan folder is a plan only if it names efforts: one that cannot be read is said so, not an
    // error (`plans/metrics.json` may be anything); one that decodes oddly but names nothing is passed over.
    const data = decoded?.problem !== undefined && isStateByFolderOnly(file);
    if (decoded?.problem && !(data && !decoded.fatal && isSilentDataFile(result))) {
      const problem: PlanDiagnostic = {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        code: decoded.fatal ? 'file-unreadable' : 'metadata-invalid',
        severity: decoded.fatal ? (data ? 'info' : 'error') : 'warning',
        message: data && decoded.fatal ? `${decoded.problem} (${DATA_FILE_NOTE})` : decoded.problem,
        efforts: [],
      };
      // A new list, not unshift: a result without findings shares one frozen empty list (readers/index.ts).
      result.diagnostics = [problem].concat(result.diagnostics);
    }
    this.keepTexts();
    const canReread = this.readAgain !== undefined;
    const kept = bytes ? keptBytes(bytes, text, canReread) : keptText(text, canReread);
    this.entries.set(file, { text: kept, result, problem: decoded?.problem });
    if (existing) {
      this.reread.add(file);
      this.edited = true;
    } else this.invalidate();
    // Typing prose re-reads the file but states nothing new: the merged, checked project stays as it is, so a
    // keystroke in a big workspace costs the re-read of one file, not a merge and check of every effort.
    // A fix that copies text of this file was computed from its old text (a moved section): then check again.
    if (!existing || !sameStatements(existing.result, result) || (this.cached && fixFiles(this.cached).has(file)))
      this.cached = undefined;
    return true;
  }

  remove(file: string): boolean {
    if (this.entries.has(file)) this.keepTexts();
    const had = this.entries.delete(file);
    if (had) this.invalidate();
    return had;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  text(file: string): string | undefined {
    const entry = this.entries.get(file);
    return entry && this.textOf(file, entry.text);
  }

  private textOf(file: string, kept: KeptText | undefined): string | undefined {
    return kept === undefined ? undefined : textOf(kept, () => this.readAgain?.(file));
  }

  result(file: string): FileReadResult | undefined {
    return this.entries.get(file)?.result;
  }

  /** The merged, checked model. Memoized until the next change. */
  project(): Project {
    if (!this.cached) {
      // Fixes compute their edits when asked, against the texts this project was checked on, not later ones: the
      // engine's own until a file changes, a copy made then (a one-shot read of 100,000 files never makes one).
      const view = (this.textsView ??= {});
      const inputs = {
        limits: this.currentLimits,
        getText: (file: string) => (view.texts ? this.textOf(file, view.texts.get(file)) : this.text(file)),
        measured: this.measured,
        config: this.configDiagnostics,
      };
      const results = () => [...this.entries.values()].map((e) => e.result);
      const prev = this.checked;
      this.checked = undefined;
      if (this.incremental && this.edited) {
        const changed = new Map<string, FileReadResult>();
        for (const file of this.reread) changed.set(file, this.entries.get(file)!.result);
        this.checked = (prev && recheck(prev, changed, inputs)) || checkAll(results(), inputs);
        this.cached = this.checked.project;
      } else this.cached = checkOnce(results(), inputs);
      this.reread.clear();
    }
    return this.cached;
  }

  /** A file is about to change: the projects built on the texts so far keep a copy of them. */
  private keepTexts(): void {
    const view = this.textsView;
    if (!view) return;
    this.textsView = undefined;
    view.texts = new Map();
    for (const [file, entry] of this.entries) view.texts.set(file, entry.text);
  }

  /** Something other than a re-read changed (a file added or removed, limits, measured sizes): check everything. */
  private invalidate(): void {
    this.cached = undefined;
    this.checked = undefined;
    this.reread.clear();
  }
}
