/**
 * Figures the report states in prose rather than in its tables: channel volumes
 * and audiences, disclosure requests received / answered / by route, the total
 * of proactive disclosures, and the information-processing fee. Pure: no Node
 * APIs, runs in the browser too. Precision first: a figure that cannot be tied
 * to its meaning is left out (null), never guessed.
 */
import type { Section, SectionKey } from '../segmentReport';
import type { TextDocument } from '../textDocument';
import type { Cell, ChannelFigure, Evidence, Narrative } from '../types';
import { collectProse } from './collectProse';
import { parseApplications, type Found } from './parseApplications';
import { parseChannelFigures } from './parseChannelFigures';
import { parseInfoProcessingFee } from './parseInfoProcessingFee';
import { parseProactiveTotal } from './parseProactiveTotal';
import { splitSentences } from './splitSentences';

export interface NarrativeResult {
  channels: ChannelFigure[];
  /** Every field present, null where not stated. */
  narrative: Narrative;
  /** From section 六 mainly; null if not stated. */
  infoProcessingFeeYuan: Cell;
  /** Dot paths of the report JSON → where each value was read. */
  evidence: Record<string, Evidence>;
}

/** Sections whose prose is about something else: problems and plans, appeals. */
const SKIPPED: ReadonlySet<SectionKey | null> = new Set<SectionKey | null>(['problems', 'review']);

export function parseNarrative(doc: TextDocument, sections: Section[]): NarrativeResult {
  const sentences = splitSentences(collectProse(doc, sections, (key) => !SKIPPED.has(key)));
  const inOther = sentences.filter((s) => s.block.section === 'other');
  const elsewhere = sentences.filter((s) => s.block.section !== 'other');

  const evidence: Record<string, Evidence> = {};
  const cell = (path: string, f: Found | null | undefined): Cell => {
    if (!f) return null;
    evidence[path] = f.evidence;
    return f.value;
  };

  const apps = parseApplications(sentences);
  const narrative: Narrative = {
    applicationsReceived: cell('narrative.applicationsReceived', apps.received),
    applicationsAnswered: cell('narrative.applicationsAnswered', apps.answered),
    applicationsByChannel: {
      online: cell('narrative.applicationsByChannel.online', apps.byChannel.online),
      written: cell('narrative.applicationsByChannel.written', apps.byChannel.written),
      mail: cell('narrative.applicationsByChannel.mail', apps.byChannel.mail),
      inPerson: cell('narrative.applicationsByChannel.inPerson', apps.byChannel.inPerson),
      other: cell('narrative.applicationsByChannel.other', apps.byChannel.other),
    },
    proactiveTotal: cell('narrative.proactiveTotal', parseProactiveTotal(sentences)),
  };
  const fee = parseInfoProcessingFee(inOther) ?? parseInfoProcessingFee(elsewhere);
  return {
    channels: parseChannelFigures(sentences),
    narrative,
    infoProcessingFeeYuan: cell('infoProcessingFeeYuan', fee),
    evidence,
  };
}
