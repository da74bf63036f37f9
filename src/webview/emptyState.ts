// What the panel shows instead of an empty drawing: one sentence and one action.
export type EmptyKind = 'no-efforts' | 'empty-view';
export type EmptyAction = 'createExamplePlan' | 'showAll';

const CONTENT: Record<EmptyKind, { text: string; button: string; action: EmptyAction }> = {
  'no-efforts': {
    text: 'No efforts in the plans of this folder yet.',
    button: 'Create Example Plan',
    action: 'createExamplePlan',
  },
  'empty-view': {
    text: 'Nothing of the plan is in this view any more.',
    button: 'Show All Efforts',
    action: 'showAll',
  },
};

/** Shows (kind given) or hides the empty state; the button calls onAction. */
export function showEmpty(
  root: HTMLElement,
  kind: EmptyKind | undefined,
  onAction: (action: EmptyAction) => void,
): void {
  root.hidden = !kind;
  root.replaceChildren();
  if (!kind) return;
  const doc = root.ownerDocument;
  const content = CONTENT[kind];
  const text = doc.createElement('p');
  text.textContent = content.text;
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.action = content.action;
  button.textContent = content.button;
  button.addEventListener('click', () => onAction(content.action));
  root.append(text, button);
}
