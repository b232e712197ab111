/**
 * The blocks of one phrase weighed per evaluation, and read into the page index: a page that repeats a
 * rule's words in hundreds of blocks (a news list, an IT rule's common words in 5,000 arrêtés) is no
 * message about them, and each weighing costs style and layout reads. Beyond it a phrase's further
 * blocks are not looked at (precision first: a panel missed there, never one shown wrongly).
 */
export const CANDIDATES = 40;
