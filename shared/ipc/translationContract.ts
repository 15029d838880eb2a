/**
 * Channels of the translation workspace (issue 4). Merged into the one contract in `contract.ts`.
 * Owned by the translation work; add channels here, never in contract.ts.
 */
export const translationContract = {} as const;
