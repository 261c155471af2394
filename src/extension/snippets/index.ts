// The snippets feature, its own chunk (esbuild.js): loaded right after activation, or on first use.
import * as vscode from 'vscode';
import { snippetCommands, type CommandHandlers } from './commands';
import { SnippetCompletion } from './completion';
import { SnippetPacks } from './packs';
import { SnippetTree } from './tree';

export interface Snippets {
  packs: SnippetPacks;
  tree: SnippetTree;
  commands: CommandHandlers;
}

export function activateSnippets(context: vscode.ExtensionContext, selector: vscode.DocumentSelector): Snippets {
  const packs = new SnippetPacks(context.extensionUri);
  const tree = new SnippetTree(packs);
  context.subscriptions.push(packs, tree, vscode.languages.registerCompletionItemProvider(selector, new SnippetCompletion(packs)));
  return { packs, tree, commands: snippetCommands(packs, tree, context.globalStorageUri) };
}
