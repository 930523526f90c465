// "Annex" as the six language versions print it: annexes restart the numbering, so both readers look
// for this word at the start of a heading (each with its own rule for what may follow it).
export const ANNEX_WORD = '(?:annexe?|anexo|приложение|附件)';
