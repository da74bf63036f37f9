// "Create an example plan" from the welcome view: a small, valid phase plan that shows every part of the sidebar.

export const EXAMPLE_PLAN_NAME = 'PHASE-1-EXAMPLE-PLAN';

export const EXAMPLE_PLAN = `# Phase 1: Example Plan

This plan was created by Waveplan to show how plans look. Edit it, or delete it.

**Phase Number**: 1
**Total Waves**: 2

## Wave 1: Foundations

**Can Parallelize**: Yes

#### E1.1.1: settings-loader
**Branch**: \`example/phase1/wave1/settings-loader\`
**Can Parallelize**: Yes
**Parallel With**: [E1.1.2]
**Estimated Lines**: 350
**Dependencies**: None

Reads the settings file and validates it.

#### E1.1.2: http-client
**Branch**: \`example/phase1/wave1/http-client\`
**Can Parallelize**: Yes
**Parallel With**: [E1.1.1]
**Estimated Lines**: 500
**Dependencies**: None

A small HTTP client with retries.

## Wave 2: Command Line

#### E1.2.1: cli-commands
**Branch**: \`example/phase1/wave2/cli-commands\`
**Can Parallelize**: No
**Estimated Lines**: 600
**Dependencies**: [E1.1.1, E1.1.2]

Commands that use the settings and the client.
`;
