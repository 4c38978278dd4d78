import { describe, expect, it } from 'vitest';
import { VersionHistory } from './version-history';

/** A history fed one lookup of `train` per run, in order. */
function historyOf(versions: string[]): VersionHistory {
  const history = new VersionHistory();
  for (const version of versions) history.record(`train@${version}`, 'train');
  return history;
}

describe('VersionHistory.returnProbability', () => {
  it('treats older versions as equally likely until the step goes back to one, however long each stayed current', () => {
    // 6 lookups, 3 repeats: stability 4/7; 2 changes, no return: return rate 1/4; two older versions.
    const history = historyOf(['a', 'a', 'a', 'a', 'b', 'c']);
    expect(history.returnProbability('train@a', 'train')).toBeCloseTo((3 / 7) * (1 / 4) * (1 / 2), 12);
    expect(history.returnProbability('train@b', 'train')).toBeCloseTo((3 / 7) * (1 / 4) * (1 / 2), 12);
  });

  it('favours the older version the step went back to (Laplace: 1 + returns over versions + returns)', () => {
    // 8 lookups, 3 repeats: stability 4/9; 4 changes, 2 returns: return rate 3/6. Older than c:
    // a (asked 4 times, never returned to) and b (returned to once): shares 1/3 and 2/3.
    const history = historyOf(['a', 'a', 'a', 'a', 'b', 'c', 'b', 'c']);
    expect(history.returnProbability('train@a', 'train')).toBeCloseTo((5 / 9) * (1 / 2) * (1 / 3), 12);
    expect(history.returnProbability('train@b', 'train')).toBeCloseTo((5 / 9) * (1 / 2) * (2 / 3), 12);
  });

  it('gives the latest version and versions never asked for no return probability', () => {
    const history = historyOf(['a', 'b']);
    expect(history.returnProbability('train@b', 'train')).toBe(0);
    expect(history.returnProbability('train@z', 'train')).toBe(0);
    expect(new VersionHistory().returnProbability('train@a', 'train')).toBe(0);
  });
});
