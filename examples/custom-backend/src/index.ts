/**
 * couler-backend-mermaid — a Couler backend written by a third party, against `@couler/ir` alone:
 * it implements `BackendV1`, refuses what it cannot draw with `assertSupported`, and proves the
 * contract with `assertBackendConformance` from `@couler/ir/test`. Copy it to start your own.
 */
export { createMermaidBackend, mermaid, MERMAID_CAPABILITIES, type MermaidBackendSettings } from './mermaid-backend';
export { toMermaidFlowchart, type MermaidDirection, type MermaidFlowchart } from './to-mermaid-flowchart';
export { escapeMermaidLabel } from './escape-mermaid-label';
