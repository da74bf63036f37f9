// The base a user chose ("Choose Base…") for an effort whose planned base does not exist, remembered in workspace
// state: later creates start from it again and git status measures the effort against it, not the missing one.
import type * as vscode from 'vscode';
import type { Effort } from '../../core/model/model';

const KEY = 'waveplan.chosenBases';
type Store = Record<string, Record<string, string>>;

export class ChosenBases {
  constructor(private readonly state: vscode.Memento) {}

  get(folderUri: string, effortId: string): string | undefined {
    return this.store()[folderUri]?.[effortId];
  }

  async remember(folderUri: string, effortIds: readonly string[], base: string): Promise<void> {
    const store = this.store();
    const folder = { ...store[folderUri] };
    for (const id of effortIds) folder[id] = base;
    await this.state.update(KEY, { ...store, [folderUri]: folder });
  }

  /** The efforts as git should see them: a remembered base stands in for the plan's. */
  apply<T extends Effort>(folderUri: string, efforts: readonly T[]): T[] {
    const folder = this.store()[folderUri];
    if (!folder) return [...efforts];
    return efforts.map((e) => (folder[e.id] ? { ...e, baseBranch: folder[e.id] } : e));
  }

  private store(): Store {
    const raw = this.state.get<unknown>(KEY);
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Store) : {};
  }
}
