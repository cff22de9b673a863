import * as vscode from 'vscode';
import type { Paragraph, Story, Table } from '../core/model/story';
import type { Span } from '../core/model/span';
import { type SectionTables, tablesBySection } from '../core/model/tablesBySection';
import { firstWords } from '../core/text/firstWords';
import { analysisOf } from './analyses';
import { counted } from './counted';
import { rangeOf } from './ranges';

/** A paragraph or section is named by this many of its opening words, as an editor would refer to it. */
const FIRST_WORDS = 8;

function symbol(
  document: vscode.TextDocument,
  name: string,
  detail: string,
  kind: vscode.SymbolKind,
  range: Span,
  selection: Span = range,
): vscode.DocumentSymbol {
  return new vscode.DocumentSymbol(name || '(empty)', detail, kind, rangeOf(document, range), rangeOf(document, selection));
}

function paragraphSymbol(document: vscode.TextDocument, text: string, p: Paragraph, n: number): vscode.DocumentSymbol {
  const opening = p.sentences[0] ?? p;
  return symbol(document, firstWords(text, opening.start, p.end, FIRST_WORDS), `¶ ${n}`, vscode.SymbolKind.String, p);
}

/**
 * A table is named by the words of its caption, or else of its first row (column gaps made one
 * space). An Array: VS Code has no table kind, and agate is rows of one shape, counted in the detail.
 */
function tableSymbol(document: vscode.TextDocument, text: string, table: Table): vscode.DocumentSymbol {
  const named = table.caption ?? table.rows[0] ?? table;
  const name = firstWords(text, named.start, named.end, FIRST_WORDS);
  return symbol(document, name, `table · ${counted(table.rows.length, 'row')}`, vscode.SymbolKind.Array, table);
}

function sectionSymbol(document: vscode.TextDocument, text: string, { section, tables, end }: SectionTables): vscode.DocumentSymbol {
  const lead = section.paragraphs[0];
  const name = section.title?.text ?? (lead ? firstWords(text, (lead.sentences[0] ?? lead).start, lead.end, FIRST_WORDS) : '');
  const paragraphs = counted(section.paragraphs.length, 'paragraph');
  const s = symbol(
    document,
    name,
    tables.length === 0 ? paragraphs : `${paragraphs} · ${counted(tables.length, 'table')}`,
    vscode.SymbolKind.Namespace,
    // Reaching its last table, so that every child's range lies inside the section's.
    { start: section.start, end },
    section.title ?? lead ?? section,
  );
  let n = 0;
  s.children = [...section.paragraphs.map((p) => paragraphSymbol(document, text, p, ++n)), ...tables.map((t) => tableSymbol(document, text, t))];
  // A table lies between the paragraphs or after them: in document order, as the outline reads.
  s.children.sort((a, b) => a.range.start.compareTo(b.range.start));
  return s;
}

function storyChildren(document: vscode.TextDocument, text: string, story: Story): vscode.DocumentSymbol[] {
  const children: vscode.DocumentSymbol[] = [];
  if (story.headline) children.push(symbol(document, story.headline.text, 'headline', vscode.SymbolKind.Key, story.headline));
  if (story.standfirst) children.push(symbol(document, story.standfirst.text, 'standfirst', vscode.SymbolKind.String, story.standfirst));
  if (story.byline) children.push(symbol(document, story.byline.text, 'byline', vscode.SymbolKind.Constant, story.byline));
  if (story.dateline) children.push(symbol(document, story.dateline.text, 'dateline', vscode.SymbolKind.Event, story.dateline));
  const { sections, loose } = tablesBySection(story);
  // A loose table comes before every section, after the front matter.
  children.push(...loose.map((t) => tableSymbol(document, text, t)));
  children.push(...sections.map((s) => sectionSymbol(document, text, s)));
  return children;
}

/** The outline: headline, standfirst, dateline, sections and tables; a basket's stories as top-level symbols. */
export class OutlineProvider implements vscode.DocumentSymbolProvider {
  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await analysisOf(document);
    if (!analysis) return [];
    const { text, stories } = analysis;
    if (stories.length === 1) return storyChildren(document, text, stories[0]!);
    let n = 0;
    return stories.map((story) => {
      n++;
      const name = story.headline?.text ?? `Story ${n}`;
      const s = symbol(document, name, `story ${n} of ${stories.length}`, vscode.SymbolKind.Module, story, story.headline ?? story);
      s.children = storyChildren(document, text, story);
      return s;
    });
  }
}
