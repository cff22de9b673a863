import * as vscode from 'vscode';
import type { SourceKind } from '../../core/model/quote';

/** What a source is, in words: the hover and the Sources view say it alike. */
export const KIND_LABEL: Record<SourceKind, string> = {
  person: 'person',
  organisation: 'organisation',
  group: 'group of people',
  document: 'document quoted',
  unnamed: 'unnamed source',
};

/**
 * A codicon for each kind. A group is people, and `organization` draws several; an organisation
 * is an institution, a briefcase; an unnamed source is someone the reporter knows and the reader
 * is not shown, an eye closed (a question mark would say no one knows who spoke, which is the
 * unattributed quotation's case), coloured as a warning since that is what the desk asks about.
 */
export const KIND_ICON: Record<SourceKind, vscode.ThemeIcon> = {
  person: new vscode.ThemeIcon('person'),
  organisation: new vscode.ThemeIcon('briefcase'),
  group: new vscode.ThemeIcon('organization'),
  document: new vscode.ThemeIcon('file-text'),
  unnamed: new vscode.ThemeIcon('eye-closed', new vscode.ThemeColor('list.warningForeground')),
};
