import type { WhileGroup } from '@couler/ir';
import type { StepPhase } from './step-phase';

/** Where one execWhile loop of a run stands. */
export interface LoopState {
  iteration: number;
  /** Body steps of this iteration not finished yet. */
  pending: number;
  done: boolean;
  phase?: StepPhase;
  message?: string;
  /** The body: the group's steps, and the steps deferred calls in it added this iteration. */
  members: string[];
  /** Of `members`, those deferred calls added: dropped before the next iteration, which expands the calls again from its own items. */
  added: string[];
}

/**
 * The execWhile loops of one run: which loop each step is in, which iteration each loop is in,
 * and which steps make up its body in that iteration. A call fanned out over a step's output
 * inside a body adds its steps to the body when it expands, for that iteration only.
 */
export class WhileLoops {
  private readonly states = new Map<string, LoopState>();
  private readonly loopOf = new Map<string, WhileGroup>();

  /** Starts a loop at its first iteration, its body the group's steps. */
  add(group: WhileGroup): void {
    for (const name of group.steps) this.loopOf.set(name, group);
    this.states.set(group.name, { iteration: 1, pending: group.steps.length, done: false, members: [...group.steps], added: [] });
  }

  /** The loop `step` is in, if any. */
  of(step: string): WhileGroup | undefined {
    return this.loopOf.get(step);
  }

  state(loop: string): LoopState | undefined {
    return this.states.get(loop);
  }

  /** Every loop, by name. */
  entries(): IterableIterator<[string, LoopState]> {
    return this.states.entries();
  }

  /** The iteration `loop` is in (1 for a step in no loop): instance ids carry it (`flip#2`). */
  iteration(loop: WhileGroup | undefined): number {
    return loop ? this.states.get(loop.name)!.iteration : 1;
  }

  /** Makes a deferred call's new steps part of `loop`'s body, for this iteration. */
  join(loop: WhileGroup, names: ReadonlyArray<string>): void {
    const state = this.states.get(loop.name)!;
    for (const name of names) {
      this.loopOf.set(name, loop);
      state.members.push(name);
      state.added.push(name);
      state.pending++;
    }
  }

  /** Counts one body step of `loop` finished; true when it was the last of the iteration. */
  finishStep(loop: WhileGroup): boolean {
    return --this.states.get(loop.name)!.pending === 0;
  }

  /**
   * Moves `loop` to its next iteration. Returns the steps deferred calls added in the one that
   * ended, which the next iteration expands again: the caller drops them from the DAG.
   */
  next(loop: WhileGroup): ReadonlySet<string> {
    const state = this.states.get(loop.name)!;
    const dropped = new Set(state.added);
    for (const name of dropped) this.loopOf.delete(name);
    state.members = state.members.filter((name) => !dropped.has(name));
    state.added = [];
    state.iteration++;
    state.pending = state.members.length;
    return dropped;
  }

  /** Whether every loop has ended. */
  allDone(): boolean {
    for (const state of this.states.values()) if (!state.done) return false;
    return true;
  }
}
