// Nests outline items by level (phase 1, wave 2, effort 3) and gives each the lines up to its next sibling. No editor API.

export interface OutlineItem<T> {
  level: number;
  /** 1-based first line. */
  line: number;
  /** 1-based last line of the item's own text. */
  lastLine: number;
  data: T;
}

export interface OutlineNode<T> {
  item: OutlineItem<T>;
  endLine: number;
  children: OutlineNode<T>[];
}

/** Items in any order → a forest in document order; a node ends where the next item of the same or higher level starts. */
export function nestOutline<T>(items: readonly OutlineItem<T>[], lineCount: number): OutlineNode<T>[] {
  const sorted = [...items].sort((a, b) => a.line - b.line || a.level - b.level);
  const roots: OutlineNode<T>[] = [];
  const stack: OutlineNode<T>[] = [];
  for (const item of sorted) {
    while (stack.length && stack[stack.length - 1].item.level >= item.level) close(stack.pop()!, item.line - 1);
    const node: OutlineNode<T> = { item, endLine: lineCount, children: [] };
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  while (stack.length) close(stack.pop()!, lineCount);
  return roots;
}

function close<T>(node: OutlineNode<T>, endLine: number): void {
  node.endLine = Math.max(
    endLine,
    node.item.lastLine,
    node.children.reduce((m, c) => Math.max(m, c.endLine), node.item.line),
  );
}
