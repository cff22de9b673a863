export interface AnalyzeArgs {
  json: boolean;
  /** A style file that overrides the nearest .copydesk.json(c) up the folder tree. */
  config: string | undefined;
  paths: string[];
}

export type OutputFormat = 'text' | 'json' | 'csv' | 'md';

export interface SourcesArgs {
  format: OutputFormat;
  config: string | undefined;
  paths: string[];
}

export type ParsedArgs =
  | { command: 'analyze'; args: AnalyzeArgs }
  | { command: 'sources'; args: SourcesArgs }
  | { command: 'help' }
  | { command: 'version' }
  | { error: string };

export const USAGE = `Usage: copydesk analyze [--json] [--config STYLE-FILE] FILE|DIRECTORY...
       copydesk sources [--json|--csv|--md] [--config STYLE-FILE] FILE|DIRECTORY...

analyze checks wire copy and prints one finding a line as
  file:line:col  severity  rule-id  message
or, with --json, the analysis (schema copydesk/analysis@1): one object for one file, an array
for several.

sources prints who is quoted in each story: each source's kind, title, quotes, quoted words,
share of the story's quoted words and the line of their first quotation, as a table per file
and story; with --csv one record per story and source (RFC 4180, one header for all files),
for a spreadsheet; with --md a Markdown table per story; with --json the sources (schema
copydesk/sources@1), one object for one file, an array for several.

A directory is searched for .wire and .txt files. The desk's style file is the nearest
.copydesk.json or .copydesk.jsonc from each story's folder up, unless --config names one.

A file named twice is checked once; invalid UTF-8 is read as the editor shows it (U+FFFD), with
a note on stderr.

Exit status: 0 analysed, 1 (analyze only) a finding of severity error, 2 usage error,
unreadable file or a directory without .wire or .txt files.`;

/** The options each command takes to choose its output, and the format each one names. */
const FORMATS = {
  analyze: new Map<string, OutputFormat>([['--json', 'json']]),
  sources: new Map<string, OutputFormat>([
    ['--json', 'json'],
    ['--csv', 'csv'],
    ['--md', 'md'],
  ]),
};

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'analyze' && command !== 'sources') return { error: `unknown command '${command}'` };
  let format: OutputFormat = 'text';
  let formatOption: string | undefined;
  let config: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const named = FORMATS[command].get(arg);
    if (named) {
      if (formatOption !== undefined && formatOption !== arg) return { error: `${formatOption} and ${arg} cannot go together` };
      formatOption = arg;
      format = named;
    } else if (arg === '--config') {
      config = rest[++i];
      if (config === undefined) return { error: '--config needs a style file' };
    } else if (arg === '--help' || arg === '-h') return { command: 'help' };
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option '${arg}'` };
    else paths.push(arg);
  }
  if (paths.length === 0) return { error: 'no file given' };
  if (command === 'analyze') return { command, args: { json: format === 'json', config, paths } };
  return { command, args: { format, config, paths } };
}
