export * from './vocabulary';
export * from './entry';
export * from './catalogue';
export * from './settings';
export * from './defaults';
export * from './backup';
export * from './draft';
export * from './issues';
export { parseOrThrow, safeParse } from './parse';
