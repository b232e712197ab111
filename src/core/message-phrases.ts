/*
 * The phrases an extra rule should look for, chosen from a message's text, so that the rule matches
 * the page the message came from, again next time, and nothing else. How a phrase counts is
 * error-signals.ts's: a phrase of five words or more standing as its sentence counts as an error on
 * its own, shorter ones only in an error box; the words of its sentence left outside the rule's
 * phrases must say nothing ABOUT a message (ne, pas, si, message…) and be few. So the phrases are
 * whole sentences, or the whole of what a sentence says that does not change from one showing to the
 * next: never a number, a date, a time, an address, a link, a code with digits, a quoted name.
 */
import { normalise } from './normalise';

/** At most this many phrases in a rule, each at most MAX_PHRASE characters, MAX_TOTAL together (the mail's room). */
export const MAX_PHRASES = 3;
export const MAX_PHRASE = 150;
const MAX_TOTAL = 300;
// Five words or more: a sentence, which counts standing on its own (error-signals.ts).
const SENTENCE = 5;

// Words that change between two showings of one message: numbers, dates, times, codes with digits,
// mail addresses, links and host names.
const VARIABLE = /\d|@|:\/\/|^www\.|\p{L}\.\p{L}/iu;
// Quotation marks as error-signals.ts's markQuotes reads them: every quote sign, an apostrophe at a
// word's edge. A phrase never holds one (the page's text would read "…" where the phrase has «…»).
const QUOTE = /[«»“”„‹›"]|(?<![\p{L}\d])[‘’']|[‘’'](?![\p{L}\d])/u;
const OPENING = /^[«“„‹"‘']/u;
const CLOSING = /[»”›"’']\W*$/u;
// A title before a person's name ("Madame DUPONT", "M. Martin"): the name after it changes.
const CIVILITY = /^(M|Mme|Mlle|Mr|Me|Dr|Pr|Madame|Monsieur|Mademoiselle|Docteur|Professeur)\.?,?$/;
// Abbreviations whose full stop ends no sentence.
const ABBREVIATION = /^(\p{L}|M|Mme|Mlle|Dr|Pr|cf|ex|etc|env|réf|ref|tél|tel|n°)\.$/iu;
// Words of four letters or more that say nothing of the message itself ("votre compte" names none).
const PLAIN = new Set(
  (
    'avec dans pour votre vous nous notre leur leurs cette ceci cela celui celle ceux elle elles sont etre ' +
    'etait sera seront avez avoir avons peut peuvent doit mais donc plus moins tres tous tout toute toutes ' +
    'aussi comme depuis entre vers chez sans sous puis alors ainsi encore merci veuillez bonjour madame ' +
    'monsieur apres avant lors dont quel quelle afin faire fait cher chere'
  ).split(' '),
);
// What is left at a phrase's edges: punctuation, symbols, brackets.
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

interface Segment {
  readonly text: string;
  /** Words holding letters, and those of four letters or more (the words that say something). */
  readonly words: number;
  readonly strong: number;
  /** Where it stands in the message, to keep a rule's phrases in the page's order. */
  readonly at: number;
}

// Where a sentence ends (its last word, closing marks after it), and a question's end.
const END = /[.!?;…]["»”’)\]]*$/;
const QUESTION = /\?["»”’)\]]*$/;
const ends = (token: string): boolean => END.test(token) && !ABBREVIATION.test(token);

/**
 * Which words of a line (one block of the page) no phrase may hold: those that change from one showing
 * to the next, quoted ones (a quotation may run over sentences: « Vous n’avez… utilisateur. »), a name
 * after a title, and every word of a question (never an error).
 */
function variables(tokens: readonly string[], changing = true): boolean[] {
  const out = tokens.map((t) => (changing && VARIABLE.test(t)) || QUOTE.test(t));
  let sentence = 0;
  tokens.forEach((t, i) => {
    if (OPENING.test(t) && !CLOSING.test(t.slice(1))) {
      const close = tokens.findIndex((u, j) => j > i && j <= i + 40 && CLOSING.test(u));
      for (let j = i; close > 0 && j <= close; j++) out[j] = true;
    }
    if (CIVILITY.test(t) && /^\p{Lu}/u.test(tokens[i + 1] ?? '')) {
      out[i] = true;
      for (let j = i + 1; j <= i + 3 && /^\p{Lu}/u.test(tokens[j] ?? ''); j++) out[j] = true;
    }
    if (QUESTION.test(t)) for (let j = sentence; j <= i; j++) out[j] = true;
    if (ends(t)) sentence = i + 1;
  });
  return out;
}

/** A stretch of words cut into pieces of at most MAX_PHRASE characters, after a comma or colon where it can. */
function pieces(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if ([...current, token].join(' ').length > MAX_PHRASE && current.length > 0) {
      let pause = current.length - 1;
      while (pause > 0 && !/[,:]$/.test(current[pause] as string)) pause--;
      const keep = pause > current.length / 2 ? current.slice(0, pause + 1) : current;
      out.push(keep.join(' '));
      current = current.slice(keep.length);
    }
    current.push(token);
  }
  out.push(current.join(' '));
  return out.map((p) => p.replace(EDGES, '')).filter((p) => p.length <= MAX_PHRASE && normalise(p) !== '');
}

function segment(text: string, at: number): Segment {
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  const strong = words.map((w) => normalise(w).replace(/[^a-z]/g, '')).filter((w) => w.length >= 4 && !PLAIN.has(w));
  return { text, at, words: words.length, strong: strong.length };
}

/**
 * Every variable-free stretch of every sentence of `text`, lines being the page's blocks; with
 * `changing` false, numbers, codes and addresses are kept (quotes, names and questions never are).
 */
function segments(text: string, changing = true): Segment[] {
  const out: Segment[] = [];
  for (const line of text.split('\n')) {
    const tokens = line.split(/[\s\u200B-\u200D\uFEFF]+/).filter(Boolean);
    const variable = variables(tokens, changing);
    let run: string[] = [];
    tokens.forEach((token, i) => {
      if (!variable[i]) run.push(token);
      if (variable[i] || ends(token) || i === tokens.length - 1) {
        for (const piece of pieces(run)) out.push(segment(piece, out.length));
        run = [];
      }
    });
  }
  return out;
}

/** The most telling segments, up to MAX_PHRASES and MAX_TOTAL characters, in the message's order. */
function best(list: readonly Segment[]): Segment[] {
  const chosen: Segment[] = [];
  for (const s of [...list].sort((a, b) => b.strong - a.strong || b.words - a.words || b.text.length - a.text.length)) {
    const total = chosen.reduce((n, c) => n + c.text.length, s.text.length);
    const key = normalise(s.text);
    if (chosen.length < MAX_PHRASES && total <= MAX_TOTAL && !chosen.some((c) => normalise(c.text).includes(key)))
      chosen.push(s);
  }
  return chosen.sort((a, b) => a.at - b.at);
}

/**
 * Sets of phrases for a rule that recognises the message `text`, best first (the page side keeps the
 * first set that verifies on the page). A line break in `text` stands between two blocks of the page:
 * a phrase never runs across one. Sentences of five words or more (they stand on their own), together,
 * then each alone, the most telling first; a message without one gets its shorter stretches, which need
 * an error box and must hold two words that say something (never "Votre compte" alone). Only when
 * nothing is left, its most telling stretch as it is, numbers and all (an "Erreur 500").
 */
export function phraseOptions(text: string): string[][] {
  const usable = segments(text).filter((s) => s.words >= 2 && s.strong >= 1);
  const long = usable.filter((s) => s.words >= SENTENCE);
  const byWeight = (list: readonly Segment[]): Segment[] =>
    [...list].sort((a, b) => b.strong - a.strong || b.words - a.words || b.text.length - a.text.length);
  const options: string[][] = [];
  const add = (set: readonly Segment[]): void => {
    const phrases = set.map((s) => s.text);
    const strong = set.reduce((n, s) => n + s.strong, 0);
    if (strong >= 2 && !options.some((o) => o.join('\n') === phrases.join('\n'))) options.push(phrases);
  };
  add(best(long));
  add(best(usable));
  for (const s of byWeight(long.length > 0 ? long : usable)) add([s]);
  // Nothing that does not change: the message's longest stretch as it is, numbers included ("Erreur 500").
  const [fallback] = byWeight(segments(text, false).filter((s) => /\p{L}{2}/u.test(s.text)));
  if (options.length === 0 && fallback) options.push([fallback.text]);
  return options;
}
