/** A rule's documentation page, relative to the package root (the CLI links it in the repository, the editor in the installed extension). */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
