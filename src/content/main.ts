// Placeholder so the build has its content-script entry; the content helper replaces
// this file with the real content script (site adapters, capture, marks, card).
export {};
