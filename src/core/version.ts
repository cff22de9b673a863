/** The release, kept equal to package.json's by a test; rule documentation links are pinned to it. */
export const VERSION = '0.1.0';

const REPOSITORY = 'https://github.com/copydesk/copydesk';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}
