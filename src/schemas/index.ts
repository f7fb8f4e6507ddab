/** The content model: one module per content type; this file only gathers them. */
export * from './vocabularies';
export * from './meta';
export * from './common';
export * from './placeholders';
export * from './collections';
export * from './reference';
export * from './practice';
export * from './municipality';
export * from './handbook';
export * from './lesson';
export * from './settings';
export * from './template';
export * from './form-fields';
export * from './signup';
export * from './practice-submission';
export * from './feedback';
export * from './ui-strings';
