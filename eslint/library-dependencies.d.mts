export declare const LIBRARY_DEPENDENCIES: Record<string, string[]>;
