// What plans call an effort besides "effort": tasks, tickets, stories, work items. The words also name ordinary
// to-do lists, so a table column or heading under one of them declares only where an effort id leads its text.
export const EFFORT_NOUNS = ['task', 'ticket', 'story', 'item', 'work item'] as const;
