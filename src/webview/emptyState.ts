// What the panel shows instead of an empty drawing: one sentence and one action.
export type EmptyKind = 'no-efforts' | 'untracked' | 'empty-view';
export type EmptyAction = 'createExamplePlan' | 'showProblems' | 'showAll';

interface Content {
  text: string;
  button: string;
  action: EmptyAction;
}

function content(kind: EmptyKind, untracked: number): Content {
  switch (kind) {
    case 'no-efforts':
      return {
        text: 'No efforts in the plans of this folder yet.',
        button: 'Create Example Plan',
        action: 'createExamplePlan',
      };
    case 'untracked':
      // The plans do hold work, sized under wave headings without an id: inviting an example plan would be wrong.
      return {
        text: `${untracked === 1 ? '1 effort was' : `${untracked.toLocaleString('en-US')} efforts were`} found without an id, so nothing can be drawn. Give each an id: Problems lists them, each with a quick fix.`,
        button: 'Show Problems',
        action: 'showProblems',
      };
    case 'empty-view':
      return { text: 'Nothing of the plan is in this view any more.', button: 'Show All Efforts', action: 'showAll' };
  }
}

/** The empty state of a drawing with no nodes, from how many efforts the folder has and how many lack an id. */
export function emptyKind(totalEfforts: number, untracked: number): EmptyKind {
  return totalEfforts > 0 ? 'empty-view' : untracked > 0 ? 'untracked' : 'no-efforts';
}

/** Shows (kind given) or hides the empty state; the button calls onAction. */
export function showEmpty(
  root: HTMLElement,
  kind: EmptyKind | undefined,
  onAction: (action: EmptyAction) => void,
  untracked = 0,
): void {
  root.hidden = !kind;
  root.replaceChildren();
  if (!kind) return;
  const doc = root.ownerDocument;
  const { text: sentence, button: label, action } = content(kind, untracked);
  const text = doc.createElement('p');
  text.textContent = sentence;
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.action = action;
  button.textContent = label;
  button.addEventListener('click', () => onAction(action));
  root.append(text, button);
}
