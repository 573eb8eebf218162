// Types for esbuild-targets.mjs (imported by the bench's TypeScript modules).
export declare const BROWSER_TARGETS: string[];
export declare const NODE_TARGET: string;
export declare const SUPPORTED: Record<string, boolean>;
