// The candidates' cross-validation metrics, best first.

/** Higher accuracy first; ties go to the higher macro F1, then to the name (so runs agree). */
export function rankCandidates(metrics) {
  return [...metrics].sort((a, b) => b.accuracy - a.accuracy || b.macroF1 - a.macroF1 || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Checks the list a mapped step hands over: one metrics object per candidate. */
export function checkMetricsList(list) {
  if (!Array.isArray(list) || list.length === 0) throw new Error('expected a non-empty JSON list of cross-validation metrics');
  for (const entry of list) {
    if (typeof entry?.name !== 'string' || typeof entry.accuracy !== 'number' || typeof entry.macroF1 !== 'number') {
      throw new Error(`not cross-validation metrics: ${JSON.stringify(entry).slice(0, 120)}`);
    }
  }
  return list;
}
