/**
 * @couler/optimizer-split/argo — run a split workflow on Argo: each part as a `WorkflowTemplate`,
 * and a parent `Workflow` that runs them as child workflows in dependency order.
 */
export { compileSplitToArgo, type CompileSplitToArgoOptions, type SplitArgoResult } from './compile-split-to-argo';
