// What the JSON and YAML block parsers return: top-level entries with the offsets of every value.

export type Scalar = string | number | boolean | null;

export interface ScalarAt {
  value: Scalar;
  /** Offsets in the block text of the written value, without quotes. */
  start: number;
  end: number;
}

export type Val =
  | ({ kind: 'scalar' } & ScalarAt)
  | { kind: 'seq'; items: ScalarAt[]; start: number; end: number }
  | { kind: 'other'; start: number; end: number };

export interface Entry {
  key: string;
  value: Val;
}

export interface Parsed {
  entries: Entry[];
  /** Offset of the first syntax error, when the block is not valid. */
  error?: { offset: number; message: string };
}
