import type { Rule } from 'eslint';

export declare const libraryBoundaries: Rule.RuleModule;
export declare function entryPointsOf(paths: Record<string, string[]>): Record<string, string[]>;
