import type { Candidate } from '../space/candidate';
import type { MeasuredTrial } from '../trials/run-trials';

/** Trains candidates (at a fidelity, for successive halving) and measures each: `runTrials` bound to a workflow and step. */
export type EvaluateCandidates = (candidates: ReadonlyArray<Candidate>, fidelity?: number) => Promise<MeasuredTrial[]>;
