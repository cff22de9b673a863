export interface AnalyzeArgs {
  json: boolean;
  paths: string[];
}

export type ParsedArgs = { command: 'analyze'; args: AnalyzeArgs } | { command: 'help' } | { command: 'version' } | { error: string };

export const USAGE = `Usage: copydesk analyze [--json] FILE|DIRECTORY...

Checks wire copy and prints one finding a line as
  file:line:col  severity  rule-id  message
or, with --json, the analysis (schema copydesk/analysis@1): one object for one file, an array
for several. A directory is searched for .wire and .txt files.

Exit status: 0 analysed, 1 a finding of severity error, 2 usage error or unreadable file.`;

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'analyze') return { error: `unknown command '${command}'` };
  const args: AnalyzeArgs = { json: false, paths: [] };
  for (const arg of rest) {
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') return { command: 'help' };
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option '${arg}'` };
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) return { error: 'no file given' };
  return { command: 'analyze', args };
}
