import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Person, Quotation } from '../core/model/quote';
import { entryFor } from '../core/people/directory';
import { analysisOf, configOf } from './analyses';
import { counted } from './counted';
import { personAt, quoteAt } from './people';
import { rangeOf } from './ranges';
import { KIND_LABEL } from './sources/kinds';

const FIRST_QUOTES = 3;
const QUOTE_WORDS = 10;

const lineOf = (document: vscode.TextDocument, offset: number): number => document.positionAt(offset).line + 1;

function opening(text: string, q: Quotation): string {
  const words = text.slice(q.inner.start, q.inner.end).split(/\s+/);
  return words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(' ')}…` : words.join(' ');
}

function personHover(document: vscode.TextDocument, analysis: Analysis, person: Person): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(person.name)}**${person.title ? ` — ${escape(person.title)}` : ''}\n\n`);
  md.appendMarkdown(`*${KIND_LABEL[person.kind]}*\n\n`);
  const entry = [person.name, ...person.aliases].map((n) => entryFor(n, configOf(document).people)).find((e) => e !== undefined);
  if (entry) md.appendMarkdown(`Desk directory: **${escape(entry.name)}**${entry.title ? `, ${escape(entry.title)}` : ''}\n\n`);
  if (person.aliases.length > 0) md.appendMarkdown(`Also: ${person.aliases.map(escape).join(', ')}\n\n`);
  md.appendMarkdown(`${counted(person.quotes.length, 'quote')}, ${counted(person.mentions.length, 'mention')}; first named on line ${lineOf(document, person.first.start)}\n\n`);
  for (const i of person.quotes.slice(0, FIRST_QUOTES)) {
    const q = analysis.quotes[i]!;
    md.appendMarkdown(`- line ${lineOf(document, q.start)}: “${escape(opening(analysis.text, q))}”\n`);
  }
  return md;
}

function quoteHover(document: vscode.TextDocument, analysis: Analysis, q: Quotation): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const speaker = q.speaker === null ? null : analysis.people[q.speaker]!;
  if (!speaker) {
    // A source the copy names that no one it mentions fits: `"...," she said` with no woman before.
    const source = q.source ? analysis.text.slice(q.source.start, q.source.end) : null;
    md.appendMarkdown(source ? `Quotation: attributed to *${escape(source)}*, who is not named before it` : 'Quotation: **no attribution found**');
    return md;
  }
  const about = speaker.title ?? (speaker.kind === 'person' ? null : KIND_LABEL[speaker.kind]);
  md.appendMarkdown(`Quotation by **${escape(speaker.name)}**${about ? ` (${escape(about)})` : ''}\n\n`);
  if (q.source && q.cue) {
    const from = Math.min(q.source.start, q.cue.start);
    const to = Math.max(q.source.end, q.cue.end);
    md.appendMarkdown(`through *${escape(analysis.text.slice(from, to).replace(/\s+/g, ' '))}*, line ${lineOf(document, from)}`);
  } else if (q.continues) {
    md.appendMarkdown('continues the quotation of the paragraph before');
  } else if (q.inherited) {
    md.appendMarkdown('attributed by the quotation beside it in the paragraph');
  }
  return md;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** Who a mention refers to, and who said a quotation. */
export class HoverProvider implements vscode.HoverProvider {
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await analysisOf(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const at = personAt(analysis, offset);
    if (at) return new vscode.Hover(personHover(document, analysis, at.person), rangeOf(document, at.mention));
    const q = quoteAt(analysis, offset);
    if (q) return new vscode.Hover(quoteHover(document, analysis, q), rangeOf(document, q));
    return undefined;
  }
}
