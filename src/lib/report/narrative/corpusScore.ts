/**
 * Score narrative results against a truth file of the shared corpus (flat dot
 * paths plus `channels`). Used by the corpus tests; pure, no I/O.
 */
import type { NarrativeResult } from './parseNarrative';

export interface TruthChannel {
  channel: string;
  metric: string;
  value: number;
  approximate: boolean;
  label?: string;
}

export interface CorpusScore {
  /** Truth channel items found with the same channel, metric, value and approximate flag. */
  found: TruthChannel[];
  missed: TruthChannel[];
  /** Items whose channel and metric are in truth with other values only. */
  contradicting: string[];
  /** Items on a channel and metric truth does not list. */
  unlisted: string[];
  /** Narrative paths in truth: equal, null where truth has a value, or a different value. */
  narrativeEqual: string[];
  narrativeMissed: string[];
  narrativeWrong: string[];
  /** Narrative values produced on paths truth does not list. */
  narrativeUnlisted: string[];
}

export function flattenNarrative(r: NarrativeResult): Record<string, number | null> {
  const flat: Record<string, number | null> = {
    'narrative.applicationsReceived': r.narrative.applicationsReceived,
    'narrative.applicationsAnswered': r.narrative.applicationsAnswered,
    'narrative.proactiveTotal': r.narrative.proactiveTotal,
    infoProcessingFeeYuan: r.infoProcessingFeeYuan,
  };
  for (const [k, v] of Object.entries(r.narrative.applicationsByChannel)) flat[`narrative.applicationsByChannel.${k}`] = v;
  return flat;
}

export function corpusScore(result: NarrativeResult, truth: Record<string, unknown>): CorpusScore {
  const channels = (truth.channels ?? []) as TruthChannel[];
  const score: CorpusScore = {
    found: [],
    missed: [],
    contradicting: [],
    unlisted: [],
    narrativeEqual: [],
    narrativeMissed: [],
    narrativeWrong: [],
    narrativeUnlisted: [],
  };
  for (const t of channels) {
    const hit = result.channels.some(
      (c) => c.channel === t.channel && c.metric === t.metric && c.value === t.value && c.approximate === t.approximate,
    );
    (hit ? score.found : score.missed).push(t);
  }
  for (const c of result.channels) {
    const same = channels.filter((t) => t.channel === c.channel && t.metric === c.metric);
    const text = `${c.channel}.${c.metric}=${c.value} (${c.label})`;
    if (same.length && !same.some((t) => t.value === c.value)) score.contradicting.push(text);
    else if (!same.length) score.unlisted.push(text);
  }
  const flat = flattenNarrative(result);
  for (const [path, value] of Object.entries(truth)) {
    if (!(path in flat)) continue;
    if (flat[path] === value) score.narrativeEqual.push(path);
    else if (flat[path] === null) score.narrativeMissed.push(`${path}=${value}`);
    else score.narrativeWrong.push(`${path}=${flat[path]}, truth ${value}`);
  }
  for (const [path, value] of Object.entries(flat)) {
    if (value !== null && !(path in truth)) score.narrativeUnlisted.push(`${path}=${value}`);
  }
  return score;
}
