// Plans whose waves and phases wait for earlier ones, for the graph, inspect and tree tests of wave gates.

/** No phase: Wave 2 waits for all of Wave 1 (two efforts, Parser and Store); Wave 3 waits for nothing. */
export const UNPHASED_PLAN = `# Release train

## Wave 1

### Task 1.1: Parser
**Size**: ~300 lines

### Task 1.2: Store
**Size**: ~600 lines

## Wave 2
**Depends On**: Wave 1

### Task 2.1: Api
**Size**: ~200 lines

### Task 2.2: Cli
**Size**: ~100 lines
**Dependencies**: Task 2.1

## Wave 3

### Task 3.1: Docs
**Size**: ~50 lines
`;

/** Phase 1 of two waves, no gate between them. */
export const PHASE_1_PLAN = `# Phase 1: Core

## Wave 1

### E1.1.1: Model
**Estimated Lines**: 300

### E1.1.2: Reader
**Estimated Lines**: 500

## Wave 2

### E1.2.1: Writer
**Estimated Lines**: 200
**Dependencies**: E1.1.2
`;

/** Phase 2 waits for all of Phase 1; its Wave 2 also for its Wave 1, and only Report waits for Phase 1's Wave 2. */
export const PHASE_2_PLAN = `# Phase 2: Service

### Phase Dependencies
- **Requires**: Phase 1 complete

## Wave 1

### E2.1.1: Server
**Estimated Lines**: 400

### E2.1.2: Client
**Estimated Lines**: 100
**Dependencies**: E2.1.1

## Wave 2
**Depends On**: Wave 2.1

### E2.2.1: Report
**Estimated Lines**: 150
**Dependencies**: Wave 1.2 completion

### E2.2.2: Export
**Estimated Lines**: 120
`;
