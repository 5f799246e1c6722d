import type { Rule } from '../decision.ts';
import { afterByline } from './after-byline.ts';
import { avatarInitials } from './avatar-initials.ts';
import { betweenTitleCopies } from './between-title-copies.ts';
import { body } from './body.ts';
import { breadcrumb } from './breadcrumb.ts';
import { byline } from './byline.ts';
import { sourceOverTitle } from './source-over-title.ts';
import { leadTeaser } from './lead-teaser.ts';
import { machineNote } from './machine-note.ts';
import { captionOverTitle } from './caption-over-title.ts';
import { outletOverTime } from './outlet-over-time.ts';
import { writerOverEmail } from './writer-over-email.ts';
import { cmsAccount } from './cms-account.ts';
import { dateline } from './dateline.ts';
import { endMarkByline } from './end-mark-byline.ts';
import { bylineFootnote } from './byline-footnote.ts';
import { commentsSection } from './comments-section.ts';
import { signatureStamp } from './signature-stamp.ts';
import { copyTool } from './copy-tool.ts';
import { emailHeader } from './email-header.ts';
import { documentHeading } from './document-heading.ts';
import { documentSignature } from './document-signature.ts';
import { footerMasthead } from './footer-masthead.ts';
import { hashtagLine } from './hashtag-line.ts';
import { headerList } from './header-list.ts';
import { headerMasthead } from './header-masthead.ts';
import { headerOverTitle } from './header-over-title.ts';
import { headerWidget } from './header-widget.ts';
import { imageToken } from './image-token.ts';
import { keywordsLine } from './keywords-line.ts';
import { labelledSection } from './labelled-section.ts';
import { leadLabel } from './lead-label.ts';
import { leadPlaceStamp } from './lead-place-stamp.ts';
import { navigationMenu } from './navigation-menu.ts';
import { postMeta } from './post-meta.ts';
import { photoCredit } from './photo-credit.ts';
import { printMargins } from './print-margins.ts';
import { relatedBlock } from './related-block.ts';
import { relatedLink } from './related-link.ts';
import { sectionAfterTitle } from './section-after-title.ts';
import { sectionLabel } from './section-label.ts';
import { siteChrome } from './site-chrome.ts';
import { siteText } from './site-text.ts';
import { socialEmbed } from './social-embed.ts';
import { standaloneCaption } from './standalone-caption.ts';
import { summaryBox } from './summary-box.ts';
import { tableOfContents } from './table-of-contents.ts';
import { tagChips } from './tag-chips.ts';
import { title } from './title.ts';
import { videoCaption } from './video-caption.ts';
import { viewCounter } from './view-counter.ts';

/**
 * The line rules, in the order they run. A line belongs to the first rule
 * that claims it, so specific rules come before general ones: site text and
 * the labelled lines at the top first, the title once those are set aside,
 * figures and the byline next, and the body last, taking what is left.
 */
export const LINE_RULES: readonly Rule[] = [
  copyTool,
  emailHeader,
  signatureStamp,
  keywordsLine,
  postMeta,
  hashtagLine,
  navigationMenu,
  printMargins,
  socialEmbed,
  breadcrumb,
  siteChrome,
  summaryBox,
  machineNote,
  avatarInitials,
  headerWidget,
  headerList,
  siteText,
  footerMasthead,
  headerMasthead,
  cmsAccount,
  writerOverEmail,
  outletOverTime,
  labelledSection,
  relatedLink,
  commentsSection,
  dateline,
  viewCounter,
  documentHeading,
  headerOverTitle,
  sectionLabel,
  captionOverTitle,
  leadTeaser,
  sourceOverTitle,
  title,
  betweenTitleCopies,
  sectionAfterTitle,
  leadLabel,
  leadPlaceStamp,
  imageToken,
  videoCaption,
  photoCredit,
  relatedBlock,
  tableOfContents,
  tagChips,
  endMarkByline,
  documentSignature,
  byline,
  bylineFootnote,
  afterByline,
  standaloneCaption,
  body,
];
