/**
 * Every technique the cleaner handles, by id (STYLE.md habit 1). core/spam/registry.test.ts fails
 * when a technique file is missing here or has no fixture in tests/fixtures/.
 */
import { cssBehind } from './techniques/css-behind';
import { cssColor } from './techniques/css-color';
import { cssHidden } from './techniques/css-hidden';
import { cssOffscreen } from './techniques/css-offscreen';
import { cssTiny } from './techniques/css-tiny';
import { iframeHidden } from './techniques/iframe-hidden';
import { junkTags } from './techniques/junk-tags';
import { keywordList } from './techniques/keyword-list';
import { linkIntruder } from './techniques/link-intruder';
import { marqueeTiny } from './techniques/marquee-tiny';
import { metaStuffed } from './techniques/meta-stuffed';
import { noscriptLinks } from './techniques/noscript-links';
import { searchRedirect } from './techniques/search-redirect';
import { titleHijack } from './techniques/title-hijack';
import type { DocumentTechnique, HidingTechnique, Technique } from './types';

/** Hiding tests, in the order they are tried on each element (cheapest first). */
export const hidingTechniques: readonly HidingTechnique[] = [cssHidden, marqueeTiny, cssOffscreen, cssTiny, cssBehind, cssColor];

export const documentTechniques: readonly DocumentTechnique[] = [junkTags, titleHijack, metaStuffed, searchRedirect, iframeHidden, noscriptLinks];

/** All of them (a function: the content script, which never asks, then carries no list of them). */
export const allTechniques = (): readonly Technique[] => [...hidingTechniques, ...documentTechniques, keywordList, linkIntruder];
