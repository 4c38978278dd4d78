export { choosePlacements, type Placement, type PlacementRound, type WaitReason } from './choose-placements';
export { effectivePriority, scorePlacement, type ClusterLoad, type PlacementScores, type QueuedRun, type UserLoad } from './placement-score';
export { DEFAULT_PLACEMENT_WEIGHTS, type PlacementWeights } from './placement-weights';
export { DEFAULT_RUN_REQUEST, parseQuantity, runRequest, type ResourceRequest } from './run-request';
