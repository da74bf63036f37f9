// What a plan file's path says: `phase3/wave2/<effort>/`, `phase-05-…`, `WAVE-2.3-IMPLEMENTATION-PLAN.md`.

export interface PathInfo {
  phase?: number;
  wave?: number;
  /** The effort folder of an effort plan (`E1.1.1-credential-resolution`, `wave-planning`). */
  effortDir?: string;
}

const PHASE_DIR = /^phase[-_]?0*(\d{1,3})$/i;
const WAVE_DIR = /^wave[-_]?0*(\d{1,3})$/i;
const HAS_DIGIT = /\d/;

export function pathInfo(file: string): PathInfo {
  const parts = (file.includes('\\') ? file.replace(/\\/g, '/') : file).split('/').filter(Boolean);
  const name = parts.pop() ?? '';
  const info: PathInfo = {};
  for (let i = 0; i < parts.length; i++) {
    // Most folders are no phase's: another first letter than `p` needs no pattern.
    const phase = (parts[i].charCodeAt(0) | 0x20) === 0x70 /* p */ ? PHASE_DIR.exec(parts[i]) : null;
    if (!phase) continue;
    info.phase = Number(phase[1]);
    info.wave = undefined;
    info.effortDir = undefined;
    const wave = WAVE_DIR.exec(parts[i + 1] ?? '');
    if (wave) {
      info.wave = Number(wave[1]);
      const dir = parts[i + 2];
      if (dir && i + 3 === parts.length) info.effortDir = dir;
    }
  }
  // The file name can be more specific than its folders: `WAVE-2.3-…`, `phase-05-…`, `PHASE-2-…` (each with a digit:
  // most names, `WAVE-IMPLEMENTATION-PLAN.md`, have none).
  if (!HAS_DIGIT.test(name)) return info;
  const dotted = /wave[-_ ]?(\d{1,3})\.(\d{1,3})(?![\d.])/i.exec(name);
  if (dotted) {
    info.phase = Number(dotted[1]);
    info.wave = Number(dotted[2]);
    return info;
  }
  const phase = /(?:^|[^a-z])phase[-_ ]?0*(\d{1,3})(?!\d)/i.exec(name);
  if (phase && info.phase === undefined) info.phase = Number(phase[1]);
  const wave = /(?:^|[^a-z])wave[-_ ]?0*(\d{1,3})(?![\d.])/i.exec(name);
  if (wave && info.wave === undefined && info.phase !== undefined) info.wave = Number(wave[1]);
  return info;
}
