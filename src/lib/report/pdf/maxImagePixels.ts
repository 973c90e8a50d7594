/**
 * pdfjs's `maxImageSize`: pictures of more pixels are not decoded (an A4 scan at 600 dpi has
 * 35 million; a picture's size is read from its dictionary before it is decoded, so a small
 * stream declaring a huge one costs nothing). The inflated bytes are bounded apart, by
 * `checkInflatedSize`.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
