// Unit tests draw in both languages: load both sets of interface strings before any test file runs.
import { loadStrings } from '../../src/lib/i18n/loadStrings';

await Promise.all([loadStrings('zh'), loadStrings('en')]);
